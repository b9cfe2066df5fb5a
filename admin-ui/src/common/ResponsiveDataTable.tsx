import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  SimpleList,
  type DataTableProps,
  type RaRecord,
  type SimpleListProps,
} from 'react-admin';

/** What a record's card shows on a phone: up to three lines, and where a tap leads. */
export interface RecordCard<RecordType extends RaRecord = RaRecord> {
  /** The first line: who or what the record is (a name, a file). */
  primaryText: (record: RecordType) => ReactNode;
  /** The second line (a code, a date). */
  secondaryText?: (record: RecordType) => ReactNode;
  /** Top right, small (a status, a date, a count). */
  tertiaryText?: (record: RecordType) => ReactNode;
  /** Where a tap leads ('show', 'edit', a function like DataTable's rowClick), or `false`. */
  link: SimpleListProps<RecordType>['rowClick'];
  /** Buttons at the end of a card that leads nowhere (revoke…). */
  actions?: (record: RecordType) => ReactNode;
}

/** True on phones (below MUI's `sm`, 600 px): there a table no longer fits. */
export function useIsSmallScreen(): boolean {
  return useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });
}

/**
 * A list's body: react-admin's `DataTable` with its columns (the children) on a wide screen, and
 * below 600 px one card per record (react-admin's `SimpleList`), so no list scrolls sideways on a
 * phone. Every list uses it in place of `DataTable`, with the same props and columns plus `card`.
 */
export function ResponsiveDataTable<RecordType extends RaRecord = RaRecord>({
  card,
  ...props
}: DataTableProps<RecordType> & { card: RecordCard<RecordType> }) {
  const small = useIsSmallScreen();
  if (!small) return <DataTable<RecordType> {...props} />;
  const { primaryText, secondaryText, tertiaryText, link, actions } = card;
  return (
    <SimpleList<RecordType>
      primaryText={(record) => primaryText(record)}
      secondaryText={secondaryText ? (record) => secondaryText(record) : undefined}
      tertiaryText={tertiaryText ? (record) => tertiaryText(record) : undefined}
      rowClick={link}
      rightIcon={actions && link === false ? (record) => actions(record) : undefined}
    />
  );
}
