import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import type { PlaceKind } from './italianReference';
import { useItalianReference } from './useItalianReference';

/** A stored place code (Belfiore/Z, ISTAT or ISO) shown by name once the reference data load. */
export function PlaceField({ kind, ...props }: FieldProps & { kind: PlaceKind }) {
  const code = useFieldValue(props) as string | null | undefined;
  const reference = useItalianReference();
  return (
    <Typography component="span" variant="body2">
      {code ? (reference?.placeLabel(kind, code) ?? code) : '—'}
    </Typography>
  );
}
