import { errorText } from '../../common/errorText';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { formatDay, formatInstant } from '../../i18n/format';
import { ParameterValues } from './ParameterValues';
import { useParameterSets } from './useParameterSets';
import { useAllowed } from '../../auth/useAllowed';

// Only the platform admin edits: the form's inputs load when Modifica is pressed.
const ParameterSetEditor = lazy(() => import('./ParameterSetEditor'));

/** REI parameter sets: read-only for tenant admins, editable by the platform admin. */
export default function ParameterSetList() {
  const translate = useTranslate();
  const { data, isPending, error } = useParameterSets('REI');
  const canEdit = useAllowed('parameterSets', 'edit');
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="resources.parameterSets.name" />
      {!canEdit && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.parameterSets.read_only')}
        </Alert>
      )}
      {isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {Boolean(error) && <Alert severity="warning">{errorText(error, translate)}</Alert>}
      {data?.map((set) => (
        <Card key={set.id} sx={{ mb: 2 }}>
          <CardContent>
            <Typography component="h2" variant="h6">
              {set.code}
            </Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate('resources.parameterSets.validity', {
                from: formatDay(set.validFrom),
                to: set.validTo
                  ? formatDay(set.validTo)
                  : translate('resources.parameterSets.open'),
                updated: formatInstant(set.updatedAt),
              })}
            </Typography>
            {editing === set.id ? (
              <Suspense fallback={<CircularProgress aria-label={translate('ra.page.loading')} />}>
                <ParameterSetEditor set={set} onDone={() => setEditing(null)} />
              </Suspense>
            ) : (
              <>
                <ParameterValues set={set} />
                {canEdit && (
                  <Button
                    startIcon={<EditIcon />}
                    onClick={() => setEditing(set.id)}
                    sx={{ mt: 1 }}
                  >
                    {translate('ra.action.edit')}
                  </Button>
                )}
              </>
            )}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
