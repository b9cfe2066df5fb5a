import SyncIcon from '@mui/icons-material/Sync';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DateInput, required, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { InputRow } from '../../common/InputGroup';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleExtractBenefitsFromReiDocument } from '../../generated/graphql';
import { useAllowed } from '../../auth/useAllowed';

const a = (key: string) => `resources.socialBenefits.action.${key}`;

/** Estrai dal REI: the economic interventions of signed REI projects become records (idempotent). */
export function ExtractFromReiButton() {
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const canCreate = useAllowed('socialBenefits', 'create');
  if (!canCreate) return null;
  const year = new Date().getFullYear();
  return (
    <>
      <Button label={a('extract')} onClick={() => setOpen(true)}>
        <SyncIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a('extractTitle')}
        submitLabel={a('extract')}
        description={translate(a('extractContent'))}
        defaultValues={{ from: `${year}-01-01`, to: `${year}-12-31` }}
        inputs={['from', 'to']}
        onSubmit={async (values) => {
          const { count } = await graphql(ConsoleExtractBenefitsFromReiDocument, {
            from: values.from as string,
            to: values.to as string,
          });
          await queryClient.invalidateQueries({ queryKey: ['socialBenefits'] });
          notify(a('extractDone'), { type: 'success', messageArgs: { smart_count: count } });
        }}
      >
        <InputRow>
          <DateInput source="from" label={a('extractFrom')} validate={required()} />
          <DateInput source="to" label={a('extractTo')} validate={required()} />
        </InputRow>
      </ActionDialog>
    </>
  );
}
