import { errorText } from '../../common/errorText';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { formatDay, formatInstant } from '../../i18n/format';
import { ParameterSetEditor } from './ParameterSetEditor';
import { useParameterSets, type ParameterSet } from './useParameterSets';

const DECIMAL = /^-?\d+\.\d+$/;

function valueText(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) {
    // A decimal string stays a string: only its separators change (5889.00 → 5.889,00).
    const [int = '', frac] = value.split('.');
    return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function ParameterValues({ set }: { set: ParameterSet }) {
  return (
    <Table size="small" aria-label={set.code}>
      <TableBody>
        {Object.entries(set.values).map(([name, value]) => (
          <TableRow key={name}>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            <TableCell>{valueText(value)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** REI parameter sets: read-only for tenant admins, editable by the platform admin. */
export default function ParameterSetList() {
  const translate = useTranslate();
  const { data, isPending, error } = useParameterSets('REI');
  const { canAccess: canEdit } = useCanAccess({ resource: 'parameterSets', action: 'edit' });
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
              <ParameterSetEditor set={set} onDone={() => setEditing(null)} />
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
