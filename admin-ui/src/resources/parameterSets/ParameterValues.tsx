import { Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { parameterText } from './parameterText';
import { REI_PARAMETER_FIELDS, REI_PARAMETER_GROUPS, valueAt } from './reiParameterFields';
import type { ParameterSet } from './useParameterSets';

const KNOWN = new Set(REI_PARAMETER_FIELDS.map((f) => f.key.split('.')[0]));

/**
 * A set's values by group, with Italian names and formatted values; the raw JSON only in an
 * advanced, read-only view.
 */
export function ParameterValues({ set }: { set: ParameterSet }) {
  const translate = useTranslate();
  const others = Object.keys(set.values).filter((key) => !KNOWN.has(key));
  return (
    <>
      {REI_PARAMETER_GROUPS.map((group) => (
        <Box key={group.title} sx={{ mb: 1 }}>
          <Typography component="h3" variant="subtitle2" sx={{ mt: 1 }}>
            {group.title}
          </Typography>
          <Table size="small" aria-label={`${set.code}: ${group.title}`}>
            <TableBody>
              {group.fields
                .filter((field) => !field.optional || valueAt(set.values, field.key) != null)
                .map((field) => (
                  <TableRow key={field.key}>
                    <TableCell component="th" scope="row" sx={{ width: '55%' }}>
                      {field.label}
                    </TableCell>
                    <TableCell>{parameterText(field, valueAt(set.values, field.key))}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </Box>
      ))}
      {others.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.parameterSets.others', { keys: others.join(', ') })}
        </Typography>
      )}
      <Box component="details" sx={{ mt: 1 }}>
        <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
          {translate('resources.parameterSets.advanced')}
        </Typography>
        <Box
          component="pre"
          sx={{ fontSize: 12, overflowX: 'auto', bgcolor: 'action.hover', p: 1 }}
          aria-label={translate('resources.parameterSets.advanced')}
        >
          {JSON.stringify(set.values, null, 2)}
        </Box>
      </Box>
    </>
  );
}
