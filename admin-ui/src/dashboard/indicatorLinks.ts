// Where a figure of the cruscotto leads: the list of the records it counts, filtered the same
// way, when that list has filters for every condition (and for the group of a bar). Pure.

/** The list of each measured entity and the indicator fields its filters take, by name. */
const LISTS: Record<string, { resource: string; filters: Record<string, string> }> = {
  SUBJECT: {
    resource: 'subjects',
    filters: {
      sex: 'sex',
      citizenshipCode: 'citizenshipCode',
      residenceMunicipalityCode: 'residenceMunicipalityCode',
    },
  },
  HOUSEHOLD: { resource: 'households', filters: { hasValidIsee: 'hasValidIsee' } },
  REI_APPLICATION: {
    resource: 'reiApplications',
    filters: {
      status: 'status',
      overdue: 'overdue',
      accessPoint: 'accessPoint',
      rulesVersion: 'rulesVersion',
    },
  },
  SOCIAL_BENEFIT: {
    resource: 'socialBenefits',
    filters: {
      source: 'source',
      serviceCode: 'serviceCode',
      character: 'character',
      meansTest: 'meansTest',
    },
  },
};

/** Date fields whose month a list filters with a from/to pair. */
const MONTH_RANGES: Record<string, [string, string]> = {
  'REI_APPLICATION.submittedAt': ['submittedFrom', 'submittedTo'],
};

type Filter = Record<string, unknown>;

interface Period {
  field: string;
  from?: string | null;
  to?: string | null;
  lastMonths?: number | null;
}

/** A period's first and last day: the last N months start on the 1st, N−1 months ago. */
function periodBounds(period: Period, today: string): { from?: string; to?: string } {
  if (period.lastMonths) {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const start = y * 12 + (m - 1) - (period.lastMonths - 1);
    const month = `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`;
    return { from: `${month}-01`, to: today };
  }
  return { from: period.from ?? undefined, to: period.to ?? undefined };
}

const equality = (condition: unknown): unknown => {
  if (condition === null || typeof condition !== 'object') return condition;
  const entries = Object.entries(condition as Record<string, unknown>);
  return entries.length === 1 && entries[0]![0] === 'eq' ? entries[0]![1] : undefined;
};

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Adds `field = value` to a list filter; false when the list cannot say it. */
function put(entity: string, list: Filter, field: string, value: unknown): boolean {
  if (value === undefined || (typeof value === 'object' && value !== null)) return false;
  if (field.startsWith('customFields.')) {
    const custom = { ...((list.customFields as Filter | undefined) ?? {}) };
    custom[field.slice('customFields.'.length)] = value;
    list.customFields = custom;
    return true;
  }
  const source = LISTS[entity]?.filters[field];
  if (!source) {
    // SIUSS records' status filter takes several statuses.
    if (entity === 'SOCIAL_BENEFIT' && field === 'status') {
      list.status = [value];
      return true;
    }
    return false;
  }
  list[source] = value;
  return true;
}

/**
 * The list URL (`/subjects?filter=…`) showing what an indicator counts — in the group `group` of
 * its `groupBy` when given — or null when its list cannot filter that way (a period, a range, a
 * field without a filter).
 */
export function indicatorListPath(
  indicator: {
    entity: string;
    filter?: Filter | null;
    groupBy?: string | null;
    period?: Period | null;
  },
  group?: string,
  today = new Date().toISOString().slice(0, 10),
): string | null {
  const target = LISTS[indicator.entity];
  if (!target) return null;
  const list: Filter = {};
  if (indicator.period) {
    const range = MONTH_RANGES[`${indicator.entity}.${indicator.period.field}`];
    if (!range) return null;
    const { from, to } = periodBounds(indicator.period, today);
    if (from) list[range[0]] = from;
    if (to) list[range[1]] = to;
  }
  for (const [field, condition] of Object.entries(indicator.filter ?? {}))
    if (!put(indicator.entity, list, field, equality(condition))) return null;
  if (group !== undefined) {
    if (!indicator.groupBy || group === '') return null;
    const [field = '', granularity] = indicator.groupBy.split(':');
    if (granularity === 'month') {
      const range = MONTH_RANGES[`${indicator.entity}.${field}`];
      if (!range || !/^\d{4}-\d{2}$/.test(group)) return null;
      list[range[0]] = `${group}-01`;
      list[range[1]] = lastDay(group);
    } else if (granularity) return null;
    else {
      const value = group === 'true' ? true : group === 'false' ? false : group;
      if (!put(indicator.entity, list, field, value)) return null;
    }
  }
  return `/${target.resource}?filter=${encodeURIComponent(JSON.stringify(list))}`;
}
