import { Alert } from '@mui/material';
import {
  Create,
  NumberInput,
  RadioButtonGroupInput,
  regex,
  required,
  SimpleForm,
  TextInput,
  useGetList,
  useTranslate,
} from 'react-admin';

const FLOWS = ['PS_PSA_SINA', 'SINBA'].map((id) => ({
  id,
  name: `resources.transmissions.flow.${id}`,
}));

/** How many VALID records the next PS-PSA-SINA transmission would carry. */
function ReadyCount() {
  const translate = useTranslate();
  const { total } = useGetList('socialBenefits', {
    filter: { status: ['VALID'] },
    pagination: { page: 1, perPage: 1 },
  });
  if (total === undefined) return null;
  return (
    <Alert severity={total > 0 ? 'info' : 'warning'} sx={{ mb: 2, width: '100%' }}>
      {translate('resources.transmissions.ready', { smart_count: total })}
    </Alert>
  );
}

/**
 * Nuovo invio: generates the XML files of the records ready to go (one transaction: all files or
 * none), then opens the transmission with its files to download.
 */
export default function TransmissionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ flow: 'PS_PSA_SINA', recordsPerFile: 10000 }}>
        <ReadyCount />
        <RadioButtonGroupInput source="flow" choices={FLOWS} validate={required()} />
        <NumberInput
          source="recordsPerFile"
          min={1}
          step={1}
          validate={required()}
          helperText="resources.transmissions.helper.recordsPerFile"
        />
        <TextInput
          source="operatorFiscalCode"
          validate={[required(), regex(/^[A-Za-z0-9]{11,16}$/, 'Codice fiscale di 16 caratteri')]}
          helperText="resources.transmissions.helper.operatorFiscalCode"
          sx={{ minWidth: 320 }}
        />
      </SimpleForm>
    </Create>
  );
}
