import DrawIcon from '@mui/icons-material/Draw';
import { Link as MuiLink, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DateInput, required, useCreatePath, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ActionDialog } from '../../../common/ActionDialog';
import { Section } from '../../../common/Section';
import { todayInItaly } from '../../../common/today';
import { formatDay } from '../../../i18n/format';

const s = (key: string) => `resources.reiApplications.project.signature.${key}`;

/**
 * Sottoscrizione: when the household signed the project (after the preliminary assessment), and
 * the cartella sociale it was signed on (signing needs one open).
 */
export function SignatureSection({
  signedAt,
  socialCase,
  canSign,
  onSign,
}: {
  signedAt?: string | null;
  socialCase?: { id: string; number: string } | null;
  canSign: boolean;
  onSign: (signedAt: string) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
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
      {socialCase ? (
        <Typography variant="body2">
          {translate(s('socialCase'))}{' '}
          <MuiLink
            component={Link}
            to={createPath({ resource: 'socialCases', id: socialCase.id, type: 'show' })}
          >
            {socialCase.number}
          </MuiLink>
        </Typography>
      ) : (
        !signedAt && (
          <Typography variant="body2" color="text.secondary">
            {translate(s('needsCase'))}
          </Typography>
        )
      )}
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
