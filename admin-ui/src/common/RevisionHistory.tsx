import { errorText } from './errorText';
import { Alert, Box, CircularProgress, List, ListItem, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDay, formatInstant } from '../i18n/format';
import { formatCustomValue, useCustomFields, type ConfigurableEntity } from './customFields';
import type { PlaceKind } from './italia/italianReference';
import { useItalianReference } from './italia/useItalianReference';
import type { HouseholdHistoryQuery } from '../generated/graphql';

/** Fields that hold a place's code, shown by name with the code beside it. */
const PLACE_FIELDS: Record<string, PlaceKind> = {
  birthPlaceCode: 'birthPlace',
  citizenshipCode: 'country',
  secondCitizenshipCode: 'country',
  residenceMunicipalityCode: 'comune',
  'residence.municipalityCode': 'comune',
  'residence.countryCode': 'country',
};

/**
 * A saved change of a record (`SubjectRevision`, `HouseholdRevision`: the same fields); its
 * `changes` (JSON) are field → { from, to }.
 */
export type Revision = Omit<HouseholdHistoryRevision, 'changes'> & {
  changes: Record<string, { from: unknown; to: unknown }>;
};
type HouseholdHistoryRevision = NonNullable<HouseholdHistoryQuery['household']>['history'][number];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Sì' : 'No';
  if (typeof value === 'string' && ISO_DAY.test(value)) return formatDay(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatInstant(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The storico of a record: every saved change, newest first, each field as "before → after";
 * built-in fields by their Italian label, custom fields by the label the comune gave them.
 */
export function RevisionHistory({
  resource,
  entity,
  revisions,
  isPending,
  error,
}: {
  resource: string;
  entity: ConfigurableEntity;
  revisions: Revision[] | null | undefined;
  isPending: boolean;
  error: unknown;
}) {
  const translate = useTranslate();
  const { definitions, choices } = useCustomFields(entity);
  const places = useItalianReference();
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="warning">{errorText(error, translate)}</Alert>;
  if (!revisions?.length) return <Alert severity="info">{translate('app.history.empty')}</Alert>;
  const describe = (field: string, value: unknown) => {
    const key = field.startsWith('customFields.') ? field.slice('customFields.'.length) : null;
    const definition = key ? definitions.find((d) => d.key === key) : undefined;
    if (definition) return formatCustomValue(definition, value, choices) || '—';
    const place = PLACE_FIELDS[field];
    if (place && typeof value === 'string' && value)
      return places ? places.placeWithCode(place, value) : value;
    // Codes with an Italian name in the resource's messages (sex: M → Maschio).
    if (typeof value === 'string')
      return translate(`resources.${resource}.${field}.${value}`, { _: plain(value) });
    return plain(value);
  };
  const label = (field: string) => {
    const key = field.startsWith('customFields.') ? field.slice('customFields.'.length) : null;
    if (key) return definitions.find((d) => d.key === key)?.label ?? key;
    return translate(`resources.${resource}.fields.${field}`, { _: field });
  };
  return (
    <List aria-label={translate('app.history.title')} sx={{ width: '100%' }}>
      {revisions.map((revision) => (
        <ListItem
          key={revision.version}
          divider
          sx={{ display: 'block' }}
          data-testid={`revision-${revision.version}`}
        >
          <Typography component="h3" variant="subtitle2">
            {translate('app.history.heading', {
              action: translate(`app.history.action.${revision.action}`, { _: revision.action }),
              at: formatInstant(revision.changedAt),
              by: revision.changedBy,
              version: revision.version,
            })}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {Object.entries(revision.changes).map(([field, change]) => (
              <li key={field}>
                <Typography variant="body2" component="span">
                  <strong>{label(field)}</strong>: {describe(field, change.from)} →{' '}
                  {describe(field, change.to)}
                </Typography>
              </li>
            ))}
          </Box>
        </ListItem>
      ))}
    </List>
  );
}
