import { Autocomplete, TextField } from '@mui/material';
import { useMemo, useState, type ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useTranslate, type Validator } from 'react-admin';
import type { PlaceKind, PlaceOption } from './italianReference';
import { useItalianReference } from './useItalianReference';

/**
 * A comune, a birth place (comune or foreign country) or a country, searched by name as the user
 * types, among the same reference data the server checks against (loaded once per session).
 * Stores the contract's code: Belfiore/Z code, ISTAT code or ISO 3166 numeric code.
 */
export function PlaceInput({
  source,
  kind,
  label,
  validate,
  helperText,
  onPicked,
}: {
  source: string;
  kind: PlaceKind;
  label?: string;
  validate?: Validator | Validator[];
  helperText?: ReactNode;
  /** Called with the code the user picked (null when cleared), after the form has it. */
  onPicked?: (code: string | null) => void;
}) {
  const translate = useTranslate();
  const reference = useItalianReference();
  const { field, fieldState, isRequired, id } = useInput({ source, validate });
  const [query, setQuery] = useState('');
  const code = (field.value as string | null) ?? '';
  const selected: PlaceOption | null = code
    ? { code, label: reference?.placeLabel(kind, code) ?? code }
    : null;
  const options = useMemo(
    () => (reference && query.length >= 2 ? reference.searchPlaces(kind, query) : []),
    [reference, kind, query],
  );
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <Autocomplete<PlaceOption, false, false, false>
      id={id}
      value={selected}
      options={selected && !options.some((o) => o.code === code) ? [selected, ...options] : options}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, value) => option.code === value.code}
      onChange={(_, option) => {
        field.onChange(option?.code ?? null);
        onPicked?.(option?.code ?? null);
      }}
      onInputChange={(_, text, reason) => reason === 'input' && setQuery(text)}
      onBlur={field.onBlur}
      loading={!reference}
      loadingText={translate('app.place.loading')}
      noOptionsText={translate(query.length < 2 ? 'app.place.type_more' : 'app.place.none')}
      sx={{ minWidth: 280, mb: 1 }}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
          error={Boolean(error)}
          helperText={<InputHelperText error={error} helperText={helperText} />}
          size="small"
        />
      )}
    />
  );
}
