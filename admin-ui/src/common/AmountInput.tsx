import { InputAdornment, TextField } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useResourceContext,
  type Validator,
} from 'react-admin';
import { isDecimalAmount, parseItalianAmount, toItalianAmountText } from './italianAmount';

const amountFormat: Validator = (value) =>
  isDecimalAmount(value) ? undefined : 'Numero non valido: scrivilo come 1.234,56';

/**
 * An amount in euro typed the Italian way ("1.234,56"); the form holds the contract's `Decimal`
 * ("1234.56"), never a float. What cannot be read stays as typed and fails validation.
 */
export function AmountInput({
  source,
  label,
  helperText,
  validate,
  disabled,
  fullWidth,
  currency = true,
}: {
  source: string;
  label?: string;
  helperText?: ReactNode | false;
  validate?: Validator | Validator[];
  disabled?: boolean;
  fullWidth?: boolean;
  /** False for a decimal that is no amount of money (hours): no € sign. */
  currency?: boolean;
}) {
  const resource = useResourceContext();
  const validators = [
    ...(Array.isArray(validate) ? validate : validate ? [validate] : []),
    amountFormat,
  ];
  const { field, fieldState, isRequired, id } = useInput({ source, validate: validators });
  const [text, setText] = useState(() => toItalianAmountText(field.value));
  const [valueShown, setValueShown] = useState<unknown>(field.value);

  // A value set from outside (form reset, record loaded) replaces what is shown (adjusted while
  // rendering, as React advises, rather than in an effect that renders twice).
  if (field.value !== valueShown) {
    setValueShown(field.value);
    const shown = parseItalianAmount(text);
    if ((shown ?? null) !== (field.value ?? null) && !(shown === undefined && text === field.value))
      setText(toItalianAmountText(field.value));
  }

  const error = fieldState.error?.message;
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      disabled={disabled}
      fullWidth={fullWidth}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        const parsed = parseItalianAmount(typed);
        field.onChange(parsed === undefined ? typed : parsed);
      }}
      onBlur={() => {
        const parsed = parseItalianAmount(text);
        if (parsed) setText(toItalianAmountText(parsed));
        field.onBlur();
      }}
      label={
        <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
      }
      error={Boolean(error) && (fieldState.isTouched || fieldState.invalid)}
      helperText={<InputHelperText error={error} helperText={helperText} />}
      slotProps={{
        htmlInput: { inputMode: 'decimal', autoComplete: 'off' },
        input: currency
          ? { startAdornment: <InputAdornment position="start">€</InputAdornment> }
          : undefined,
      }}
    />
  );
}
