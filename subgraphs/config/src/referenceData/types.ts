/** A system value list as reference data defines it (items in display order). */
export interface SystemListData {
  key: string;
  label: string;
  items: { code: string; label: string; active?: boolean }[];
}
