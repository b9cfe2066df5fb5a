import { SelectInput, useGetManyReference, useTranslate } from 'react-admin';
import type { HouseholdRecord } from '../households/householdTypes';

/**
 * Il nucleo della cartella: one of the households the person belongs to in the registry (never
 * typed), or none. Empty until the person is chosen.
 */
export function CaseHouseholdInput({ subjectId }: { subjectId?: string | null }) {
  const translate = useTranslate();
  const { data, isPending } = useGetManyReference<HouseholdRecord>(
    'households',
    {
      target: 'memberId',
      id: subjectId ?? '',
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'createdAt', order: 'DESC' },
    },
    { enabled: Boolean(subjectId) },
  );
  const choices = (data ?? []).map((h) => ({
    id: h.id,
    name: h.members.map((m) => `${m.subject.lastName} ${m.subject.firstName}`).join(', '),
  }));
  return (
    <SelectInput
      source="householdId"
      label="resources.socialCases.fields.household"
      choices={choices}
      isPending={Boolean(subjectId) && isPending}
      emptyText={translate('resources.socialCases.noHousehold')}
      helperText={subjectId ? false : 'resources.socialCases.householdAfterPerson'}
    />
  );
}
