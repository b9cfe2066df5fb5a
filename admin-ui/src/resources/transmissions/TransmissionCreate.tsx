import { useCallback, useState } from 'react';
import {
  Create,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SaveButton,
  Toolbar,
  useGetIdentity,
} from 'react-admin';
import { PersonFiscalCodeInput } from '../../common/italia/PersonFiscalCodeInput';
import { TransmissionPreviewPanel, type TransmissionPreview } from './TransmissionPreviewPanel';
import { RecordForm } from '../../common/RecordForm';

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
 * generates the XML files (one transaction: all files or none) and opens the transmission. The
 * operator's fiscal code starts as the logged-in user's own (`me.fiscalCode`, their profile),
 * still editable; the form waits for the identity (already known after login) to start with it.
 */
export default function TransmissionCreate() {
  const [preview, setPreview] = useState<TransmissionPreview | null>(null);
  const onPreview = useCallback((p: TransmissionPreview | null) => setPreview(p), []);
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const operatorFiscalCode = typeof identity?.fiscalCode === 'string' ? identity.fiscalCode : '';
  return (
    <Create redirect="show">
      <RecordForm
        defaultValues={{
          flow: 'PS_PSA_SINA',
          recordsPerFile: 10000,
          operatorFiscalCode,
          confirm: null,
        }}
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
        <PersonFiscalCodeInput
          source="operatorFiscalCode"
          isRequired
          hint="resources.transmissions.helper.operatorFiscalCode"
        />
        <TransmissionPreviewPanel onPreview={onPreview} />
      </RecordForm>
    </Create>
  );
}
