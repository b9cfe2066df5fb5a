import DrawIcon from '@mui/icons-material/Draw';
import { Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DateInput, required, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../../common/ActionDialog';
import { Section } from '../../../common/Section';
import { todayInItaly } from '../../../common/today';
import { formatDay } from '../../../i18n/format';

const s = (key: string) => `resources.reiApplications.project.signature.${key}`;

/** Sottoscrizione: when the household signed the project (after the preliminary assessment). */
export function SignatureSection({
  signedAt,
  canSign,
  onSign,
}: {
  signedAt?: string | null;
  canSign: boolean;
  onSign: (signedAt: string) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  return (
    <Section
      title={s('title')}
      actions={
        canSign && (
          <Button label={s('sign')} onClick={() => setOpen(true)}>
            <DrawIcon />
          </Button>
        )
      }
    >
      <Typography variant="body2">
        {signedAt
          ? translate(s('signed'), { date: formatDay(signedAt) })
          : translate(s('unsigned'))}
      </Typography>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={s('dialogTitle')}
        submitLabel={s('sign')}
        defaultValues={{ signedAt: signedAt ?? todayInItaly() }}
        inputs={['signedAt']}
        onSubmit={async (values) => {
          await onSign(values.signedAt as string);
          notify(s('done'), { type: 'success' });
        }}
      >
        <DateInput
          source="signedAt"
          label="resources.reiApplications.project.fields.signedAt"
          validate={required()}
        />
      </ActionDialog>
    </Section>
  );
}
