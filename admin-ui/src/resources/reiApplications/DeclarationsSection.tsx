import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Fact, Facts, Section } from '../../common/Section';
import { formatAmount, formatDay } from '../../i18n/format';
import type { ReiApplicationRecord } from './types';

type Declarations = Record<string, unknown> & {
  otherBenefits?: { description: string; amount: string; kind: string; meansTested: boolean }[];
};

const FLAGS = [
  'recentVehicle',
  'recentVehicleForDisability',
  'boats',
  'unemploymentBenefits',
  'pregnancy',
  'pregnancyCertified',
  'disabledMemberWithCarer',
] as const;

/** Dichiarazioni: what the applicant declared; "Non dichiarato" where nothing was said yet. */
export function DeclarationsSection({ application }: { application: ReiApplicationRecord }) {
  const translate = useTranslate();
  const record = useRecordContext<{ declarations?: Declarations }>();
  const d = record?.declarations ?? {};
  const f = (key: string) => `resources.reiApplications.fields.declarations.${key}`;
  const yesNo = (value: unknown) =>
    translate(
      `resources.reiApplications.declared.${value === true ? 'yes' : value === false ? 'no' : 'unknown'}`,
    );
  // The household and its people come from the registry: null while it does not answer.
  const members = new Map(
    (application.household?.members ?? []).map((m) => [m.subject.id, m.subject]),
  );
  const unemployed = ((d.unemployedMemberIds as string[] | null) ?? [])
    .map((id) => members.get(id))
    .map((s) => (s ? `${s.lastName} ${s.firstName}` : '?'));
  return (
    <Section title="resources.reiApplications.section.declarations">
      <Facts>
        <Fact label={f('residentInItalySince')}>{formatDay(d.residentInItalySince as string)}</Fact>
        <Fact label={f('permit')}>
          {d.permit ? translate(`resources.reiApplications.permit.${d.permit as string}`) : ''}
        </Fact>
        {FLAGS.map((flag) => (
          <Fact key={flag} label={f(flag)}>
            {yesNo(d[flag])}
          </Fact>
        ))}
        {typeof d.pregnancyDueDate === 'string' && (
          <Fact label={f('pregnancyDueDate')}>{formatDay(d.pregnancyDueDate)}</Fact>
        )}
        <Fact label={f('unemployedMemberIds')}>{unemployed.join(', ')}</Fact>
        <Fact label={f('siaMonthsReceived')}>{d.siaMonthsReceived as number | null}</Fact>
      </Facts>
      {(d.otherBenefits?.length ?? 0) > 0 && (
        <>
          <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
            {translate(f('otherBenefits'))}
          </Typography>
          <Box component="ul" sx={{ pl: 3, my: 0.5 }}>
            {d.otherBenefits!.map((b, i) => (
              <Typography component="li" variant="body2" key={i}>
                {b.description}: {formatAmount(b.amount)} (
                {translate(`resources.reiApplications.otherBenefitKind.${b.kind}`)}
                {b.meansTested
                  ? ''
                  : `, ${translate('resources.reiApplications.fields.otherBenefit.meansTested')}: ${translate('ra.boolean.false')}`}
                )
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Section>
  );
}
