import { sortTable } from '@sisa/kernel';

/** What `reiApplications` sorts on (`ReiApplicationSortField`): the enum value names the property. */
export const APPLICATION_SORT = sortTable('ReiApplicationSortField', [
  'submittedAt',
  'protocolNumber',
  'status',
  'applicantName',
  'accessPoint',
  'monthlyAmount',
  'nextDue',
  'firstMonth',
  'createdAt',
  'updatedAt',
  'id',
]);
/** What `inpsExports` sorts on (`InpsExportSortField`). */
export const EXPORT_SORT = sortTable('InpsExportSortField', [
  'createdAt',
  'fileName',
  'applicationCount',
  'createdBy',
  'id',
]);

export const REI_SORTS = [APPLICATION_SORT, EXPORT_SORT];
