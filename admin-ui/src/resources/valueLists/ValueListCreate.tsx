import { Create, required, TextInput } from 'react-admin';
import { useSaveConfiguration } from '../fieldDefinitions/useSaveConfiguration';
import { ValueListItemsInput } from './ValueListItemsInput';
import { RecordForm } from '../../common/RecordForm';

const KEY = /^[a-z][a-z0-9_]{1,63}$/;

/** Nuovo elenco di valori of the comune (e.g. access points, problems, interventions). */
export default function ValueListCreate() {
  const options = useSaveConfiguration('valueLists', 'ra.notification.created');
  return (
    <Create mutationOptions={options}>
      <RecordForm defaultValues={{ items: [{ active: true }] }}>
        <TextInput
          source="key"
          validate={[
            required(),
            (v: string) => (v && !KEY.test(v) ? 'resources.valueLists.helper.key' : undefined),
          ]}
          helperText="resources.valueLists.helper.key"
        />
        <TextInput source="label" validate={required()} sx={{ minWidth: 320 }} />
        <ValueListItemsInput />
      </RecordForm>
    </Create>
  );
}
