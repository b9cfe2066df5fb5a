import { Box } from '@mui/material';
import { NumberInput, required, SelectInput, TextInput, useGetList } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ENTITY_CHOICES } from '../fieldDefinitions/fieldChoices';
import { SameLabelWarning } from '../fieldDefinitions/SameLabelWarning';
import { useIndicatorFields } from '../fieldDefinitions/useIndicatorFields';
import { ConditionBuilder } from './ConditionBuilder';
import { IndicatorPreview } from './IndicatorPreview';

const KEY = /^[a-z][a-z0-9_]{1,63}$/;
const AGGREGATES = ['COUNT', 'SUM', 'AVG', 'MEDIAN', 'MIN', 'MAX'].map((id) => ({
  id,
  name: `resources.indicators.aggregate.${id}`,
}));

/** IndicatorInput's inputs, the fields offered from `indicatorFields(entity)`, and a live preview. */
export function IndicatorInputs({ creating }: { creating: boolean }) {
  const [entity, aggregate] = useWatch({ name: ['entity', 'aggregate'] }) as [string, string];
  const { data: fields = [] } = useIndicatorFields(entity);
  const { data: indicators = [] } = useGetList<{ id: string; label: string }>('indicators', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'position', order: 'ASC' },
  });
  const single = fields.filter((f) => !f.multiple);
  const numbers = single
    .filter((f) => f.type === 'NUMBER')
    .map((f) => ({ id: f.name, name: f.label }));
  const dates = single.filter((f) => f.type === 'DATE');
  const groups = [
    ...single.filter((f) => f.type !== 'DATE').map((f) => ({ id: f.name, name: f.label })),
    ...dates.flatMap((f) => [
      { id: `${f.name}:month`, name: `${f.label} (mese)` },
      { id: `${f.name}:year`, name: `${f.label} (anno)` },
    ]),
  ];
  const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' } as const;
  return (
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', width: '100%' }}>
      <Box sx={{ flex: '1 1 520px' }}>
        <Box sx={row}>
          <TextInput
            source="key"
            readOnly={!creating}
            validate={[
              required(),
              (v: string) => (v && !KEY.test(v) ? 'resources.indicators.helper.key' : undefined),
            ]}
            helperText={creating ? 'resources.indicators.helper.key' : false}
          />
          <TextInput source="label" validate={required()} sx={{ minWidth: 320 }} />
        </Box>
        <SameLabelWarning others={indicators} what="indicator" />
        <Box sx={row}>
          <SelectInput source="entity" choices={ENTITY_CHOICES} validate={required()} />
          <SelectInput source="aggregate" choices={AGGREGATES} validate={required()} />
          {aggregate && aggregate !== 'COUNT' && (
            <SelectInput
              source="field"
              choices={numbers}
              validate={required()}
              sx={{ minWidth: 220 }}
            />
          )}
        </Box>
        <Box sx={row}>
          <SelectInput
            source="groupBy"
            choices={groups}
            emptyText="resources.indicators.no_group"
            sx={{ minWidth: 260 }}
          />
          <TextInput source="unit" helperText="resources.indicators.helper.unit" />
          <NumberInput source="target" />
          <NumberInput source="position" step={1} />
        </Box>
        <ConditionBuilder key={entity} entity={entity} fields={fields} />
        <Box sx={row}>
          <SelectInput
            source="period.field"
            choices={dates.map((f) => ({ id: f.name, name: f.label }))}
            emptyText="resources.indicators.no_period"
            sx={{ minWidth: 220 }}
          />
          <NumberInput source="period.lastMonths" min={1} step={1} />
        </Box>
      </Box>
      <Box sx={{ flex: '0 1 420px' }}>
        <IndicatorPreview />
      </Box>
    </Box>
  );
}
