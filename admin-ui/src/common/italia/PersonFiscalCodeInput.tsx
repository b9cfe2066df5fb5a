import { Typography } from '@mui/material';
import { useLayoutEffect, useRef } from 'react';
import { TextInput, required, useTranslate, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatDay } from '../../i18n/format';
import { useItalianReference, type ItalianReference } from './useItalianReference';

interface Feedback {
  tone: 'neutral' | 'error' | 'success';
  text: string;
}

const TONE_COLOR = { neutral: 'text.secondary', error: 'error.main', success: 'success.dark' };

/** What the code says as it is typed, with @sisa/italia's check (the server's own). */
function feedbackOf(
  reference: ItalianReference | undefined,
  translate: (key: string, options?: object) => string,
  code: string,
  hint: string,
): Feedback {
  const typed = (code ?? '').replace(/\s/g, '');
  if (!typed) return { tone: 'neutral', text: translate(hint) };
  if (!reference) return { tone: 'neutral', text: translate('app.fiscal_code.loading') };
  const check = reference.checkFiscalCode(typed);
  if (!check.valid) {
    // While the 16 characters are not all there, only a wrong character is worth a red message.
    if (typed.length < 16 && /^[A-Za-z0-9]*$/.test(typed) && !/^\d{11}$/.test(typed))
      return {
        tone: 'neutral',
        text: translate('app.fiscal_code.missing', { count: 16 - typed.length }),
      };
    return { tone: 'error', text: check.error ?? '' };
  }
  const decoded = check.decoded;
  if (!decoded) return { tone: 'success', text: translate('app.fiscal_code.valid') };
  return {
    tone: 'success',
    text: translate(`app.fiscal_code.decoded_${decoded.sex}`, {
      date: formatDay(decoded.birthDate),
      place: reference.placeLabel('birthPlace', decoded.birthPlaceCode),
    }),
  };
}

/**
 * A person's codice fiscale (an operator's, a user's) with immediate feedback as it is typed:
 * format, check character, real date, known birth place. Stored upper case. The subjects' form
 * has its own input, which also compares the code with the declared sex, birth date and place.
 */
export function PersonFiscalCodeInput({
  source,
  isRequired = false,
  hint = 'app.fiscal_code.hint',
}: {
  source: string;
  isRequired?: boolean;
  /** Translation key of the text shown while the input is empty. */
  hint?: string;
}) {
  const translate = useTranslate();
  const reference = useItalianReference();
  // The validator runs after renders: it reads the reference tables as they are by then.
  const referenceRef = useRef(reference);
  useLayoutEffect(() => {
    referenceRef.current = reference;
  }, [reference]);
  const code = useWatch({ name: source }) as string | null | undefined;
  const feedback = feedbackOf(reference, translate, code ?? '', hint);
  const validCode: Validator = (value: string) =>
    value && referenceRef.current
      ? (referenceRef.current.checkFiscalCode(value).error ?? undefined)
      : undefined;
  return (
    <TextInput
      source={source}
      validate={isRequired ? [required(), validCode] : validCode}
      parse={(value: string) => (value ?? '').toUpperCase()}
      autoComplete="off"
      inputProps={{ maxLength: 20, spellCheck: false }}
      sx={{ minWidth: 320 }}
      helperText={
        <Typography
          component="span"
          variant="caption"
          aria-live="polite"
          sx={{ color: TONE_COLOR[feedback.tone] }}
        >
          {feedback.text}
        </Typography>
      }
    />
  );
}
