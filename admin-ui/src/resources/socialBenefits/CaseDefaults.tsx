import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { siussUserAreaOf } from '@sisa/rules';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleOpenCaseOfBeneficiaryDocument } from '../../generated/graphql';

const FISCAL_CODE = /^[A-Z0-9]{16}$/;
const t = (key: string) => `resources.socialBenefits.caseDefaults.${key}`;

/** The fiscal code typed, once it stays the same for half a second. */
function useSettledFiscalCode(): string | null {
  const value = (
    (useWatch({ name: 'fiscalCode' }) as string | null | undefined) ?? ''
  ).toUpperCase();
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(FISCAL_CODE.test(value) ? value : null), 500);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * A new SIUSS record of someone with an open (or suspended) cartella sociale: PresaCarico is
 * proposed as yes and, when the user may see the case's areas, AreaUtenza from its main area
 * (CASEWORK.md "Links with the rest"). Only fields the user has not touched are filled; a note
 * says where the values come from.
 */
export function CaseDefaults() {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const { setValue, getFieldState, getValues } = useFormContext();
  const fiscalCode = useSettledFiscalCode();
  const { data: openCase } = useQuery({
    queryKey: ['openCaseOfBeneficiary', fiscalCode],
    enabled: fiscalCode !== null,
    queryFn: () =>
      graphql(ConsoleOpenCaseOfBeneficiaryDocument, { code: fiscalCode! })
        .then(
          (d) =>
            d.subjectByFiscalCode?.socialCases?.find(
              (c) => c.status === 'OPEN' || c.status === 'SUSPENDED',
            ) ?? null,
        )
        // No casework rights, or the service down: no proposal, the form as it was.
        .catch(() => null),
  });
  useEffect(() => {
    if (!openCase) return;
    if (!getFieldState('takenInCharge').isDirty)
      setValue('takenInCharge', true, { shouldDirty: true });
    const area = siussUserAreaOf(openCase.areas);
    if (area && !getValues('userArea') && !getFieldState('userArea').isDirty)
      setValue('userArea', area, { shouldDirty: true });
  }, [openCase, setValue, getFieldState, getValues]);
  if (!openCase) return null;
  return (
    <Alert severity="info" sx={{ mt: 1 }} data-testid="case-defaults">
      {translate(t('note'), { number: openCase.number })}{' '}
      <Link to={`/socialCases/${openCase.id}/show`}>{translate(t('open'))}</Link>
    </Alert>
  );
}
