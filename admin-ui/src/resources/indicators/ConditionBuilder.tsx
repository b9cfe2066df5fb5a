import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Alert, Box, Button, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput } from 'react-admin';
import { useIndicatorValues } from '../../dashboard/useIndicatorValues';
import type { IndicatorField } from '../fieldDefinitions/useIndicatorFields';
import {
  filterToRows,
  isComplete,
  operatorLabel,
  operatorsFor,
  parseFilterText,
  repeatedRows,
  rowsToFilter,
  takesList,
  takesNoValue,
  type ConditionRow,
  type Operator,
} from './conditions';

// A filter that cannot be read stays in the form as the text typed: Salva refuses it.
const readable = (value: unknown) =>
  typeof value === 'string' ? 'resources.indicators.helper.filter_invalid' : undefined;

const EMPTY: ConditionRow = { field: '', operator: '', value: '' };
const asText = (filter: unknown) => (filter ? JSON.stringify(filter, null, 2) : '');

/** The value input that suits the field and operator: yes/no, the list's items, a number, a date. */
function ValueInput({
  field,
  row,
  choices,
  label,
  onChange,
}: {
  field: IndicatorField | undefined;
  row: ConditionRow;
  choices: { id: string; name: string }[] | undefined;
  label: string;
  onChange: (value: unknown) => void;
}) {
  if (!field || !row.operator || takesNoValue(row.operator)) return null;
  const common = { label, size: 'small' as const, sx: { minWidth: 200 } };
  if (field.type === 'BOOLEAN')
    return (
      <TextField
        {...common}
        select
        value={row.value === true ? 'true' : row.value === false ? 'false' : ''}
        onChange={(e) => onChange(e.target.value === 'true')}
      >
        <MenuItem value="true">Sì</MenuItem>
        <MenuItem value="false">No</MenuItem>
      </TextField>
    );
  if (choices && takesList(row.operator))
    return (
      <TextField
        {...common}
        select
        slotProps={{ select: { multiple: true } }}
        value={Array.isArray(row.value) ? row.value : []}
        onChange={(e) => onChange(e.target.value as unknown as string[])}
      >
        {choices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
    );
  if (choices)
    return (
      <TextField
        {...common}
        select
        value={typeof row.value === 'string' ? row.value : ''}
        onChange={(e) => onChange(e.target.value)}
      >
        {choices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
    );
  if (takesList(row.operator)) {
    const list = Array.isArray(row.value) ? row.value.join(', ') : '';
    return (
      <TextField
        {...common}
        defaultValue={list}
        helperText="Valori separati da virgola"
        onChange={(e) => {
          const parts = e.target.value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean);
          onChange(field.type === 'NUMBER' ? parts.map(Number) : parts);
        }}
      />
    );
  }
  if (field.type === 'NUMBER')
    return (
      <TextField
        {...common}
        type="number"
        value={typeof row.value === 'number' ? row.value : ''}
        onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}
      />
    );
  if (field.type === 'DATE')
    return (
      <TextField
        {...common}
        type="date"
        value={typeof row.value === 'string' ? row.value : ''}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    );
  return (
    <TextField
      {...common}
      value={typeof row.value === 'string' ? row.value : ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * The indicator's conditions, built row by row — a field of the entity (built-in or custom), an
 * operator that suits its type, a value from its list or of its type — all of which must hold.
 * The JSON is an advanced view, checked as it is typed: what cannot be read is said in Italian,
 * blocks Salva and marks the preview as not up to date.
 */
export function ConditionBuilder({ entity, fields }: { entity: string; fields: IndicatorField[] }) {
  const { field: input } = useInput({ source: 'filter', validate: readable });
  const names = useIndicatorValues(entity, { custom: true });
  const [rows, setRows] = useState<ConditionRow[]>(() => filterToRows(input.value));
  const [advanced, setAdvanced] = useState(false);
  const [text, setText] = useState(() => asText(input.value));
  const [problem, setProblem] = useState<string | null>(null);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const repeated = repeatedRows(rows);

  const update = (next: ConditionRow[]) => {
    setRows(next);
    const filter = rowsToFilter(next);
    input.onChange(filter);
    setText(asText(filter));
  };
  const change = (index: number, patch: Partial<ConditionRow>) =>
    update(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const typed = (value: string) => {
    setText(value);
    const parsed = parseFilterText(value, fields);
    setProblem(parsed.problem);
    if (parsed.problem !== null) {
      input.onChange(value);
      return;
    }
    input.onChange(parsed.filter);
    setRows(filterToRows(parsed.filter));
  };

  return (
    <Box
      component="fieldset"
      sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%' }}
      data-testid="condition-builder"
    >
      <Typography component="legend" variant="subtitle1" sx={{ p: 0 }}>
        Condizioni
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Si contano solo i dati che rispettano tutte le condizioni (e… e…); nessuna condizione:
        tutti.
      </Typography>
      {!advanced && (
        <>
          {rows.map((row, index) => {
            const field = byName.get(row.field);
            const n = index + 1;
            return (
              <Box
                key={index}
                role="group"
                aria-label={`Condizione ${n}`}
                sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', mb: 1 }}
              >
                {index > 0 && (
                  <Typography sx={{ alignSelf: 'center', fontWeight: 600 }} aria-hidden>
                    e
                  </Typography>
                )}
                <TextField
                  select
                  size="small"
                  label="Campo"
                  value={row.field}
                  sx={{ minWidth: 220 }}
                  onChange={(e) =>
                    change(index, { field: e.target.value, operator: '', value: '' })
                  }
                >
                  {fields.map((f) => (
                    <MenuItem key={f.name} value={f.name}>
                      {f.label}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  size="small"
                  label="Operatore"
                  value={row.operator}
                  disabled={!field}
                  sx={{ minWidth: 180 }}
                  onChange={(e) => {
                    const operator = e.target.value as Operator;
                    const keep = takesList(operator) === takesList(row.operator);
                    change(index, { operator, value: keep ? row.value : '' });
                  }}
                >
                  {operatorsFor(field).map((op) => (
                    <MenuItem key={op} value={op}>
                      {operatorLabel(field, op)}
                    </MenuItem>
                  ))}
                </TextField>
                <ValueInput
                  key={`${row.field}-${row.operator}`}
                  field={field}
                  row={row}
                  choices={names.choices(row.field)}
                  label="Valore"
                  onChange={(value) => change(index, { value })}
                />
                <IconButton
                  aria-label={`Togli la condizione ${n}`}
                  onClick={() => update(rows.filter((_, i) => i !== index))}
                >
                  <DeleteIcon />
                </IconButton>
                {!isComplete(row) && (
                  <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
                    Incompleta: non si applica
                  </Typography>
                )}
                {repeated.has(index) && (
                  <Typography variant="caption" color="warning.dark" sx={{ alignSelf: 'center' }}>
                    Sostituita da una condizione successiva sullo stesso campo e operatore
                  </Typography>
                )}
              </Box>
            );
          })}
          <Button startIcon={<AddIcon />} onClick={() => setRows([...rows, EMPTY])}>
            Aggiungi condizione
          </Button>
        </>
      )}
      {advanced && (
        <TextField
          label="Condizioni (JSON)"
          multiline
          minRows={3}
          fullWidth
          value={text}
          onChange={(e) => typed(e.target.value)}
          error={Boolean(problem)}
          helperText={
            problem ??
            'Es. {"status": "ACCEPTED", "age": {"gte": 18}}; vuoto per nessuna condizione'
          }
        />
      )}
      {problem && !advanced && <Alert severity="warning">{problem}</Alert>}
      <Box>
        <Button
          size="small"
          onClick={() => setAdvanced(!advanced)}
          disabled={advanced && Boolean(problem)}
          aria-pressed={advanced}
        >
          {advanced ? 'Torna alle condizioni guidate' : 'Vista avanzata (JSON)'}
        </Button>
      </Box>
    </Box>
  );
}
