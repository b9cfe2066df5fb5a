import {
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  Toolbar,
  useNotify,
  useRedirect,
} from 'react-admin';
import { useConfigurationChanged } from '../../common/customFields';
import { indicatorInput } from '../../dataProvider/configurationOperations';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { SaveIndicatorDocument, type IndicatorInput } from '../../generated/graphql';
import { IndicatorInputs } from './IndicatorInputs';
import { RecordForm } from '../../common/RecordForm';

const IndicatorToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

/** An indicator, saved by key (`saveIndicator` is an upsert, so the form saves it directly). */
export default function IndicatorEdit() {
  const graphql = useGraphQL();
  const notify = useNotify();
  const redirect = useRedirect();
  const changed = useConfigurationChanged();
  const save = async (values: Record<string, unknown>) => {
    try {
      await graphql(SaveIndicatorDocument, { input: indicatorInput(values) as IndicatorInput });
      await changed();
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      redirect('list', 'indicators');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };
  return (
    <Edit mutationMode="pessimistic">
      <RecordForm onSubmit={save} toolbar={<IndicatorToolbar />}>
        <IndicatorInputs creating={false} />
      </RecordForm>
    </Edit>
  );
}
