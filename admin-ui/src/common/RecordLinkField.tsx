import { Typography, type SxProps, type Theme } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import {
  Link,
  useCreatePath,
  useFieldValue,
  useRecordContext,
  useResourceContext,
  useResourceDefinition,
  type FieldProps,
  type RaRecord,
} from 'react-admin';

export type RecordPage = 'show' | 'edit';

export interface RecordLinkFieldProps<R extends RaRecord = RaRecord> extends Omit<
  FieldProps<R>,
  'source'
> {
  source?: FieldProps<R>['source'];
  sx?: SxProps<Theme>;
  /**
   * The page the link opens, or a function of the record choosing it. By default the record's
   * show page when the resource has one, else its edit page; neither: plain text.
   */
  link?: RecordPage | ((record: R) => RecordPage);
  /** The link's text when it is not the value of `source`. */
  render?: (record: R) => ReactNode;
}

// The row's own click handler navigates too: a click on the link is the link's alone, so that
// Ctrl+click and the middle button open a new tab and leave this one where it is.
const keepToLink = (event: MouseEvent) => event.stopPropagation();

/**
 * The main column of a list: the record's name (or code) as a real link to its page, so that
 * every row is reached with Tab, opens with Enter and can be opened in a new tab. Use it as the
 * first column of every list whose records have a page of their own.
 */
export function RecordLinkField<R extends RaRecord = RaRecord>(props: RecordLinkFieldProps<R>) {
  const { link, render, emptyText = '—', sx } = props;
  const record = useRecordContext<R>(props);
  const resource = useResourceContext(props);
  const definition = useResourceDefinition({ resource });
  const createPath = useCreatePath();
  const value: unknown = useFieldValue({
    ...props,
    source: (props.source ?? '') as FieldProps<R>['source'],
  });
  if (!record) return null;
  const rendered = render ? render(record) : value;
  const text: ReactNode = rendered == null || rendered === '' ? emptyText : (rendered as ReactNode);
  const type =
    typeof link === 'function'
      ? link(record)
      : (link ?? (definition.hasShow ? 'show' : definition.hasEdit ? 'edit' : undefined));
  if (!type || !resource)
    return (
      <Typography component="span" variant="body2" sx={sx}>
        {text}
      </Typography>
    );
  return (
    <Link
      to={createPath({ resource, id: record.id, type })}
      onClick={keepToLink}
      variant="body2"
      sx={sx}
    >
      {text}
    </Link>
  );
}
