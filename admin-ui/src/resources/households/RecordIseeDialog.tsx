import AddchartIcon from '@mui/icons-material/Addchart';
import { Box, Button, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  DateInput,
  Form,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { decimal, toDecimalString } from '../../common/decimalInput';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { RecordIseeDocument, type IseeInput } from '../../generated/graphql';
import type { HouseholdRecord } from './householdTypes';
import { useAllowed } from '../../auth/useAllowed';

const KINDS = ['ORDINARY', 'MINORS', 'CURRENT'].map((id) => ({
  id,
  name: `resources.households.isee_kind.${id}`,
}));
const AMOUNTS = ['isee', 'isr', 'isre', 'realEstateAssets', 'movableAssets'] as const;

/** Records an ISEE attestation of the household (amounts typed as 1.234,56 or 1234.56). */
export function RecordIseeButton() {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const canAccess = useAllowed('households', 'edit');
  if (!household || !canAccess) return null;
  const save = async (values: Record<string, unknown>) => {
    const input = {
      dsuProtocol: values.dsuProtocol,
      dsuDate: values.dsuDate,
      kind: values.kind,
      validUntil: values.validUntil,
      equivalenceScale: toDecimalString(values.equivalenceScale as string),
      householdSize: values.householdSize,
      ...Object.fromEntries(AMOUNTS.map((k) => [k, toDecimalString(values[k] as string)])),
    } as IseeInput;
    try {
      await graphql(RecordIseeDocument, { householdId: household.id, input });
      notify('resources.households.isee.recorded', { type: 'success' });
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['households'] });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };
  return (
    <>
      <Button startIcon={<AddchartIcon />} onClick={() => setOpen(true)}>
        {translate('resources.households.isee.record')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="record-isee-title">
        <DialogTitle id="record-isee-title">
          {translate('resources.households.isee.record')}
        </DialogTitle>
        <DialogContent>
          <Form
            onSubmit={save}
            resource="households"
            defaultValues={{ kind: 'ORDINARY', householdSize: household.members.length || 1 }}
          >
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
              <TextInput
                source="dsuProtocol"
                label="resources.households.isee.dsuProtocol"
                validate={required()}
              />
              <DateInput
                source="dsuDate"
                label="resources.households.isee.dsuDate"
                validate={required()}
              />
              <SelectInput
                source="kind"
                label="resources.households.isee.kind"
                choices={KINDS}
                validate={required()}
              />
              <DateInput
                source="validUntil"
                label="resources.households.isee.validUntil"
                validate={required()}
              />
              {AMOUNTS.map((source) => (
                <TextInput
                  key={source}
                  source={source}
                  label={`resources.households.isee.${source}`}
                  validate={[required(), decimal(2)]}
                  inputProps={{ inputMode: 'decimal' }}
                />
              ))}
              <TextInput
                source="equivalenceScale"
                label="resources.households.isee.equivalenceScale"
                validate={[required(), decimal(4)]}
                inputProps={{ inputMode: 'decimal' }}
              />
              <NumberInput
                source="householdSize"
                label="resources.households.isee.householdSize"
                min={1}
                step={1}
                validate={required()}
              />
            </Box>
            <Box sx={{ display: 'flex', gap: 1 }}>
              <SaveButton />
              <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            </Box>
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
