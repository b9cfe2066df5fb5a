import { Alert, AlertTitle, Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  ConsoleBenefitDuplicatesDocument,
  type ConsoleBenefitDuplicatesQuery,
  type SocialBenefitKeyInput,
} from '../../generated/graphql';

type Duplicate = ConsoleBenefitDuplicatesQuery['duplicates'][number];

const t = (key: string) => `resources.socialBenefits.duplicates.${key}`;
const FIELDS = [
  'fiscalCode',
  'serviceCode',
  'requestProtocol',
  'startDate',
  'endDate',
  'paymentDate',
];

/** The form's key fields, settled (half a second without typing). */
function useSettledKey(): Record<string, string | null> {
  const values = useWatch({ name: FIELDS }) as (string | null | undefined)[];
  const key = Object.fromEntries(FIELDS.map((f, i) => [f, values[i] || null]));
  const [settled, setSettled] = useState(key);
  const serialized = JSON.stringify(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(serialized)), 500);
    return () => clearTimeout(timer);
  }, [serialized]);
  return settled;
}

/**
 * "Possibile duplicato": before saving, the records of the same beneficiary and service that
 * may be the same benefit (same key — the save would be refused —, the same period with another
 * protocol, an overlapping period), each with a link. A warning, not a block.
 */
export function DuplicateWarning() {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const record = useRecordContext<{ id: string }>();
  const key = useSettledKey();
  const ready = Boolean(key.fiscalCode && key.serviceCode);
  const { data } = useQuery({
    queryKey: ['socialBenefitDuplicates', key, record?.id ?? null],
    enabled: ready,
    queryFn: () =>
      graphql(ConsoleBenefitDuplicatesDocument, {
        i: key as SocialBenefitKeyInput,
        x: record?.id ?? null,
      })
        .then((d) => d.duplicates)
        .catch((): Duplicate[] => []),
  });
  if (!ready || !data?.length) return null;
  const refused = data.some((d) => d.match === 'SAME_KEY');
  return (
    <Alert
      severity={refused ? 'error' : 'warning'}
      sx={{ my: 2, width: '100%' }}
      data-testid="possible-duplicate"
    >
      <AlertTitle>{translate(t('title'))}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {data.map((d) => (
          <li key={d.benefit.id}>
            {translate(t(d.match))} —{' '}
            <Link to={`/socialBenefits/${d.benefit.id}/show`} target="_blank">
              {translate(t('open'), {
                protocol: d.benefit.requestProtocol,
                period: [d.benefit.startDate ?? d.benefit.paymentDate, d.benefit.endDate]
                  .filter(Boolean)
                  .join(' – '),
              })}
            </Link>
          </li>
        ))}
      </Box>
    </Alert>
  );
}
