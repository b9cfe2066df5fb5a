import { useCallback, useState } from 'react';
import {
  Create,
  NumberInput,
  RadioButtonGroupInput,
  regex,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
} from 'react-admin';
import { TransmissionPreviewPanel, type TransmissionPreview } from './TransmissionPreviewPanel';

const FLOWS = ['PS_PSA_SINA', 'SINBA'].map((id) => ({
  id,
  name: `resources.transmissions.flow.${id}`,
}));

/** Save only once a preview with something to send is shown: it confirms that preview. */
function ConfirmToolbar({ preview }: { preview: TransmissionPreview | null }) {
  return (
    <Toolbar>
      <SaveButton
        label="resources.transmissions.preview.confirm"
        alwaysEnable={false}
        disabled={!preview || preview.benefitCount === 0}
      />
    </Toolbar>
  );
}

/**
 * Nuovo invio: the preview of what the files will carry and what stays out, then the confirmation
 * generates the XML files (one transaction: all files or none) and opens the transmission.
 */
export default function TransmissionCreate() {
  const [preview, setPreview] = useState<TransmissionPreview | null>(null);
  const onPreview = useCallback((p: TransmissionPreview | null) => setPreview(p), []);
  return (
    <Create redirect="show">
      <SimpleForm
        defaultValues={{ flow: 'PS_PSA_SINA', recordsPerFile: 10000, confirm: null }}
        toolbar={<ConfirmToolbar preview={preview} />}
      >
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
        <TransmissionPreviewPanel onPreview={onPreview} />
      </SimpleForm>
    </Create>
  );
}
