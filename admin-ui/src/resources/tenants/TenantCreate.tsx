import { Create, required, TextInput } from 'react-admin';
import { RecordForm } from '../../common/RecordForm';

/** A new comune: the server checks the ISTAT and cadastral codes and their uniqueness. */
export default function TenantCreate() {
  return (
    <Create redirect="list">
      <RecordForm>
        <TextInput
          source="name"
          validate={required()}
          helperText="resources.tenants.helper.name"
          autoComplete="off"
        />
        <TextInput
          source="code"
          validate={required()}
          helperText="resources.tenants.helper.code"
          autoComplete="off"
        />
        <TextInput
          source="belfioreCode"
          validate={required()}
          helperText="resources.tenants.helper.belfioreCode"
          autoComplete="off"
        />
      </RecordForm>
    </Create>
  );
}
