import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { CopyButton } from '../../common/CopyButton';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  name: string;
}

/**
 * The new client's credentials, once: the server keeps only a hash of the secret. Escape and the
 * backdrop do not close it; only the explicit "I copied it" does, so the secret is not lost by a
 * stray key.
 */
export function ClientSecretDialog({
  credentials,
  onDone,
}: {
  credentials: ClientCredentials;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open aria-labelledby={titleId} maxWidth="sm" fullWidth disableEscapeKeyDown>
      <DialogTitle id={titleId}>{translate('resources.apiClients.secret.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning" role="alert">
            {translate('resources.apiClients.secret.warning')}
          </Alert>
          <TextField
            label={translate('resources.apiClients.fields.clientId')}
            value={credentials.clientId}
            slotProps={{ input: { readOnly: true } }}
          />
          <Stack direction="row" spacing={1} alignItems="center">
            <TextField
              label={translate('resources.apiClients.fields.clientSecret')}
              value={credentials.clientSecret}
              slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
              inputProps={{ 'data-testid': 'client-secret' }}
            />
            <CopyButton
              value={credentials.clientSecret}
              label={translate('resources.apiClients.fields.clientSecret')}
            />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone}>
          {translate('resources.apiClients.secret.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
