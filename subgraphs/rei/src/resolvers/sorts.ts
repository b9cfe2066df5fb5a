import { sortTable } from '@sisa/kernel';
import { INPS_EXPORT_SORT_FIELDS, REI_APPLICATION_SORT_FIELDS } from '@sisa/rules';

/** What `reiApplications` sorts on (`ReiApplicationSortField`): the enum value names the property. */
export const APPLICATION_SORT = sortTable('ReiApplicationSortField', REI_APPLICATION_SORT_FIELDS);
/** What `inpsExports` sorts on (`InpsExportSortField`). */
export const EXPORT_SORT = sortTable('InpsExportSortField', INPS_EXPORT_SORT_FIELDS);

export const REI_SORTS = [APPLICATION_SORT, EXPORT_SORT];
