import { Card, CardContent, CircularProgress } from '@mui/material';
import { useParams } from 'react-router-dom';
import {
  Form,
  required,
  SaveButton,
  TextInput,
  Title,
  Toolbar,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useConfigurationChanged } from '../../common/customFields';
import { valueListInput } from '../../dataProvider/configurationOperations';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { SaveValueListDocument, type ValueListInput } from '../../generated/graphql';
import { useValueListByKey } from './useValueListItems';
import { ValueListItemsInput } from './ValueListItemsInput';

/** A comune's list, saved by key (`saveValueList`, an upsert): items are added, renamed, deactivated. */
export default function ValueListEdit() {
  const { id } = useParams();
  const translate = useTranslate();
  const graphql = useGraphQL();
  const notify = useNotify();
  const redirect = useRedirect();
  const changed = useConfigurationChanged();
  const { data: list, isPending } = useValueListByKey(id);
  if (isPending) return <CircularProgress aria-label={translate('ra.page.loading')} />;
  if (!list) return null;
  const save = async (values: Record<string, unknown>) => {
    try {
      await graphql(SaveValueListDocument, {
        input: valueListInput({ ...values, key: list.key }) as ValueListInput,
      });
      await changed();
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      redirect('list', 'valueLists');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title
        title={`${translate('resources.valueLists.name', { smart_count: 1 })} ${list.label}`}
      />
      <CardContent>
        <Form record={list} onSubmit={save} resource="valueLists">
          <TextInput source="key" readOnly />
          <TextInput source="label" validate={required()} sx={{ minWidth: 320, ml: 2 }} />
          <ValueListItemsInput />
          <Toolbar>
            <SaveButton />
          </Toolbar>
        </Form>
      </CardContent>
    </Card>
  );
}
