import { Alert } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useWatch } from 'react-hook-form';

const normalized = (label: unknown) =>
  typeof label === 'string' ? label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('it') : '';

/**
 * A warning (not an error: the server allows it) when another field or indicator already has
 * the label being typed: two "Invalidità" in one form or on the cruscotto are hard to tell apart.
 */
export function SameLabelWarning({
  others,
  what,
}: {
  others: readonly { id: string | number; label: string }[];
  what: 'field' | 'indicator';
}) {
  const record = useRecordContext();
  const label = normalized(useWatch({ name: 'label' }));
  const same = label
    ? others.find((o) => o.id !== record?.id && normalized(o.label) === label)
    : undefined;
  if (!same) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1, width: '100%' }} data-testid="same-label-warning">
      {what === 'field'
        ? `Esiste già un campo con l’etichetta «${same.label}»: nel modulo non si distingueranno.`
        : `Esiste già un indicatore con il nome «${same.label}»: nel cruscotto non si distingueranno.`}
    </Alert>
  );
}
