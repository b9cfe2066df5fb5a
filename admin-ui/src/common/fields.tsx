import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatAmount, formatDay, formatInstant } from '../i18n/format';

// Fields for the contract's scalars, in Italian formats. Use them instead of react-admin's
// DateField/NumberField, whose defaults follow the browser's locale.

function FormattedField({ format, ...props }: FieldProps & { format: (value: never) => string }) {
  const value = useFieldValue(props);
  return (
    <Typography component="span" variant="body2">
      {format(value as never)}
    </Typography>
  );
}

/** A `Date` (YYYY-MM-DD) as dd/mm/yyyy. */
export const DayField = (props: FieldProps) => <FormattedField {...props} format={formatDay} />;

/** A `DateTime` as dd/mm/yyyy, hh:mm (Italian time). */
export const InstantField = (props: FieldProps) => (
  <FormattedField {...props} format={formatInstant} />
);

/** A `Decimal` amount as € 1.234,56. */
export const AmountField = (props: FieldProps) => (
  <FormattedField {...props} format={formatAmount} />
);
