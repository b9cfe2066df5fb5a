import type { GetListParams, RaRecord } from 'react-admin';

// Some contract lists are plain arrays of a few records (tenants, API clients): react-admin still
// filters, sorts and pages them, here in the browser.

const normalise = (value: unknown) => String(value ?? '').toLocaleLowerCase('it-IT');

function matches(record: RaRecord, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, wanted]) => {
    if (wanted === undefined || wanted === null || wanted === '') return true;
    if (key === 'q') {
      const needle = normalise(wanted);
      return Object.values(record).some(
        (value) => typeof value === 'string' && normalise(value).includes(needle),
      );
    }
    if (key === 'ids') return (wanted as unknown[]).map(String).includes(String(record.id));
    const value = record[key];
    return Array.isArray(value) ? value.includes(wanted) : value === wanted;
  });
}

export function filterRecords(
  records: RaRecord[],
  filter: Record<string, unknown> = {},
): RaRecord[] {
  return records.filter((record) => matches(record, filter));
}

export function sortAndPage(
  records: RaRecord[],
  params: Pick<GetListParams, 'sort' | 'pagination'>,
) {
  let rows = records;
  const { field, order } = params.sort ?? { field: '', order: 'ASC' };
  if (field) {
    const direction = order === 'DESC' ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const x = a[field];
      const y = b[field];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return String(x).localeCompare(String(y), 'it-IT', { numeric: true }) * direction;
    });
  }
  const { page, perPage } = params.pagination ?? { page: 1, perPage: rows.length };
  return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
}
