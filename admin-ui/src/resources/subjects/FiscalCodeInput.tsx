import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { Box, Button, Typography } from '@mui/material';
import { useLayoutEffect, useRef } from 'react';
import {
  Link,
  TextInput,
  required,
  useCreatePath,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ExistingSubjectDocument } from '../../generated/graphql';
import {
  useItalianReference,
  type ItalianReference,
} from '../../common/italia/useItalianReference';
import { formatDay } from '../../i18n/format';

interface Feedback {
  tone: 'neutral' | 'error' | 'success';
  text: string;
}

/** What the code says, checked as the user types, with the same rules as the server. */
function feedbackOf(
  reference: ItalianReference | undefined,
  translate: (key: string, options?: object) => string,
  code: string,
  declared: { sex?: string; birthDate?: string; birthPlaceCode?: string },
): Feedback {
  const typed = (code ?? '').replace(/\s/g, '');
  if (!typed) return { tone: 'neutral', text: translate('resources.subjects.fiscal_code.hint') };
  if (!reference)
    return { tone: 'neutral', text: translate('resources.subjects.fiscal_code.loading') };
  const check = reference.checkFiscalCode(typed);
  if (!check.valid) {
    // While the 16 characters are not all there, only a wrong character is worth a red message.
    if (typed.length < 16 && /^[A-Za-z0-9]*$/.test(typed))
      return {
        tone: 'neutral',
        text: translate('resources.subjects.fiscal_code.missing', { count: 16 - typed.length }),
      };
    return { tone: 'error', text: check.error ?? '' };
  }
  const decoded = check.decoded;
  if (!decoded) return { tone: 'success', text: translate('resources.subjects.fiscal_code.valid') };
  const mismatches = reference.fiscalCodeMismatches(typed, {
    sex: (declared.sex || undefined) as 'M' | 'F' | undefined,
    birthDate: declared.birthDate || undefined,
    birthPlaceCode: declared.birthPlaceCode || undefined,
  });
  if (mismatches.length)
    return {
      tone: 'error',
      text: translate('resources.subjects.fiscal_code.mismatch', {
        fields: mismatches
          .map((m) => translate(`resources.subjects.fields.${m}`).toLocaleLowerCase('it'))
          .join(', '),
      }),
    };
  return {
    tone: 'success',
    text: translate(`resources.subjects.fiscal_code.decoded_${decoded.sex}`, {
      date: formatDay(decoded.birthDate),
      place: reference.placeLabel('birthPlace', decoded.birthPlaceCode),
    }),
  };
}

const TONE_COLOR = { neutral: 'text.secondary', error: 'error.main', success: 'success.dark' };

// The server's message when the code is already registered (registry's createSubject/updateSubject).
const DUPLICATE = /^Esiste già un soggetto con questo codice fiscale/;

/** After a save refused for a code already registered: a link to that subject. */
function ExistingSubjectLink({ code }: { code: string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const graphql = useGraphQL();
  const { data } = useQuery({
    queryKey: ['subjectByFiscalCode', code],
    queryFn: () => graphql(ExistingSubjectDocument, { code }),
  });
  const id = data?.subjectByFiscalCode?.id;
  if (!id) return null;
  return (
    <Link to={createPath({ resource: 'subjects', id, type: 'show' })} sx={{ mt: 2 }}>
      {translate('resources.subjects.fiscal_code.open_existing')}
    </Link>
  );
}

/**
 * The codice fiscale with immediate feedback: format, check character, real date and known birth
 * place as the user types, then agreement with sex, birth date and birth place; a button fills
 * those three from the code. Uniqueness is the server's: its message comes back on save.
 */
export function FiscalCodeInput() {
  const translate = useTranslate();
  const reference = useItalianReference();
  // The validator runs after renders: it reads the reference tables as they are by then.
  const referenceRef = useRef(reference);
  useLayoutEffect(() => {
    referenceRef.current = reference;
  }, [reference]);
  const { setValue } = useFormContext();
  const { errors } = useFormState({ name: 'fiscalCode' });
  const serverError = (errors.fiscalCode?.message ?? '') as string;
  const [code, sex, birthDate, birthPlaceCode] = useWatch({
    name: ['fiscalCode', 'sex', 'birthDate', 'birthPlaceCode'],
  }) as string[];
  const feedback = feedbackOf(reference, translate, code ?? '', { sex, birthDate, birthPlaceCode });
  const decoded = reference?.checkFiscalCode(code ?? '').decoded;
  const validCode: Validator = (value: string) =>
    value && referenceRef.current
      ? (referenceRef.current.checkFiscalCode(value).error ?? undefined)
      : undefined;
  const fill = () => {
    if (!decoded) return;
    const options = { shouldDirty: true, shouldValidate: true };
    setValue('sex', decoded.sex, options);
    setValue('birthDate', decoded.birthDate, options);
    setValue('birthPlaceCode', decoded.birthPlaceCode, options);
  };
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <TextInput
        source="fiscalCode"
        validate={[required(), validCode]}
        parse={(value: string) => (value ?? '').toUpperCase()}
        autoComplete="off"
        inputProps={{
          maxLength: 20,
          spellCheck: false,
          // Invalid as soon as the feedback says so, not only once the field has been left.
          ...(feedback.tone === 'error' ? { 'aria-invalid': true } : {}),
        }}
        sx={{ minWidth: 280 }}
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
      {DUPLICATE.test(serverError) && code && <ExistingSubjectLink code={code.trim()} />}
      {decoded && (
        <Button startIcon={<AutoFixHighIcon />} onClick={fill} sx={{ mt: 1 }}>
          {translate('resources.subjects.fiscal_code.fill')}
        </Button>
      )}
    </Box>
  );
}
