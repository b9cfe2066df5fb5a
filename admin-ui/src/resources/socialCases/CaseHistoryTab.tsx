import { useQuery } from '@tanstack/react-query';
import { useTranslate, type TranslateFunction } from 'react-admin';
import { useValueListChoices } from '../../common/useValueListChoices';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleCaseHistoryDocument } from '../../generated/graphql';
import { formatDay, formatInstant } from '../../i18n/format';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import type { SocialCaseRecord } from './types';

const MAX_SHOWN = 300;
const AREAS = ['case_areas'] as const;

const STATUSES = new Set(['OPEN', 'SUSPENDED', 'CLOSED']);

/** A code of the field's value list by its label (areas: `case_areas`); others as they are. */
type CodeLabel = (field: string, code: string) => string;

/** One recorded value as people read it: statuses and days in Italian, lists by their items. */
function readable(
  value: unknown,
  translate: TranslateFunction,
  field = '',
  codeLabel: CodeLabel = (_f, code) => code,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value))
    return value.every((v) => typeof v !== 'object' || v === null)
      ? value.map((v) => readable(v, translate, field, codeLabel)).join(', ') || '—'
      : translate('resources.socialCases.history.entries', { smart_count: value.length });
  if (typeof value === 'string' && STATUSES.has(value))
    return translate(`resources.socialCases.status.${value}`);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  if (typeof value === 'string') return codeLabel(field, value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What changed, as people read it: "Aree: Anziani → Anziani, Disabili; …", cut when long. */
export function describeChanges(
  changes: unknown,
  translate: TranslateFunction,
  codeLabel?: CodeLabel,
): string {
  if (!changes || typeof changes !== 'object') return '';
  const parts = Object.entries(changes as Record<string, unknown>).map(([key, value]) => {
    const label = translate(`resources.socialCases.history.fields.${key}`, { _: key });
    const change = value as { from?: unknown; to?: unknown } | null;
    const text =
      change && typeof change === 'object' && !Array.isArray(change) && 'to' in change
        ? `${readable(change.from, translate, key, codeLabel)} → ${readable(change.to, translate, key, codeLabel)}`
        : readable(value, translate, key, codeLabel);
    return `${label}: ${text}`;
  });
  const text = parts.join('; ');
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** Storico: who did what to the case and when; what changed only for the équipe. */
export function CaseHistoryTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const lists = useValueListChoices(AREAS);
  const codeLabel: CodeLabel = (field, code) =>
    field === 'areas' ? lists.label('case_areas', code) : code;
  const { data, isPending, error } = useQuery({
    queryKey: ['socialCases', 'history', socialCase.id, socialCase.version],
    queryFn: () =>
      graphql(ConsoleCaseHistoryDocument, { id: socialCase.id }).then(
        (r) => r.socialCase?.history ?? [],
      ),
  });
  return (
    <SubjectPartTable
      caption="resources.socialCases.tabs.history"
      empty="resources.socialCases.history.empty"
      rows={data ? [...data].reverse() : data}
      isPending={isPending}
      error={error}
      columns={[
        { label: 'resources.socialCases.history.at', render: (e) => formatInstant(e.at) },
        { label: 'resources.socialCases.history.by', render: (e) => e.by },
        {
          label: 'resources.socialCases.history.action',
          render: (e) =>
            translate(`resources.socialCases.history.actions.${e.action}`, { _: e.action }),
        },
        {
          label: 'resources.socialCases.history.changes',
          render: (e) => describeChanges(e.changes, translate, codeLabel),
        },
      ]}
    />
  );
}
