import LockIcon from '@mui/icons-material/Lock';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { preloadConsole } from '../layout/Layout';
import { readLogoutReason } from './session';

/**
 * The login page: username and password against the `login` mutation. It says why the user is
 * here when the previous session expired, and shows a failed login inline, where it is read.
 */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = readLogoutReason() === 'expired';

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    // The console after login (layout and messages) loads while the server checks the password.
    preloadConsole().catch(() => undefined); // if it fails, the layout tries again
    try {
      await login({ username: values.username, password: values.password });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'ra.auth.sign_in_error');
      setBusy(false);
    }
  };

  return (
    <Box
      component="main"
      id="main-content"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'primary.main',
        p: 2,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
            <Avatar sx={{ bgcolor: 'secondary.main' }}>
              <LockIcon />
            </Avatar>
            <Box>
              <Typography component="h1" variant="h5">
                {translate('app.auth.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('app.tagline')}
              </Typography>
            </Box>
          </Box>
          {expired && !error && (
            <Alert severity="warning" role="status" sx={{ mb: 2 }}>
              {translate('app.auth.session_expired')}
            </Alert>
          )}
          {error && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {translate(error, { _: error })}
            </Alert>
          )}
          <Form onSubmit={submit} noValidate>
            <TextInput
              source="username"
              label="ra.auth.username"
              autoComplete="username"
              autoFocus
              validate={required()}
            />
            <PasswordInput
              source="password"
              label="ra.auth.password"
              autoComplete="current-password"
              validate={required()}
            />
            <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 2 }}>
              {busy ? (
                <CircularProgress
                  size={22}
                  color="inherit"
                  aria-label={translate('app.auth.signing_in')}
                />
              ) : (
                translate('ra.auth.sign_in')
              )}
            </Button>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
