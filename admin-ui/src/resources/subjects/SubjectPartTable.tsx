import { errorText } from '../../common/errorText';
import {
  Alert,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface Column<T> {
  label: string;
  render: (row: T) => ReactNode;
}

/** A small read-only table of a tab (REI applications, SIUSS benefits, ISEE, accesses). */
export function SubjectPartTable<T>({
  caption,
  rows,
  columns,
  isPending,
  error,
  empty,
}: {
  caption: string;
  rows: T[] | null | undefined;
  columns: Column<T>[];
  isPending: boolean;
  error: unknown;
  empty: string;
}) {
  const translate = useTranslate();
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="warning">{errorText(error, translate)}</Alert>;
  if (!rows?.length) return <Alert severity="info">{translate(empty)}</Alert>;
  return (
    <Table size="small">
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 8px' }}>
        {translate(caption)}
      </caption>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column.label} component="th" scope="col">
              {translate(column.label)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={index}>
            {columns.map((column) => (
              <TableCell key={column.label}>{column.render(row)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
