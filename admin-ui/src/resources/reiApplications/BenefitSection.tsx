import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDay } from '../../i18n/format';
import { formatAmount } from '../../i18n/format';
import { Fact, Facts, Section } from '../../common/Section';
import { BenefitExplanation } from './BenefitExplanation';
import { BenefitSchedule } from './BenefitSchedule';
import type { ReiApplicationRecord } from './types';

const ISEE_AMOUNTS = ['isee', 'isr', 'isre', 'realEstateAssets', 'movableAssets'] as const;

/** Beneficio: the computation of the last checks, and the ISEE attestation they used. */
export function BenefitSection({ application }: { application: ReiApplicationRecord }) {
  const translate = useTranslate();
  const isee = application.iseeUsed;
  return (
    <>
      <Section title="resources.reiApplications.section.benefit">
        {application.benefit ? (
          <>
            <BenefitExplanation benefit={application.benefit} />
            {application.benefit.schedule?.length ? (
              <BenefitSchedule months={application.benefit.schedule} />
            ) : null}
          </>
        ) : (
          <Typography variant="body2">
            {translate('resources.reiApplications.benefit.none')}
          </Typography>
        )}
      </Section>
      {isee && (
        <Section title="resources.reiApplications.section.isee">
          <Facts>
            <Fact label="resources.reiApplications.isee.dsuProtocol">
              {String(isee.dsuProtocol)}
            </Fact>
            <Fact label="resources.reiApplications.isee.dsuDate">
              {formatDay(String(isee.dsuDate))}
            </Fact>
            <Fact label="resources.reiApplications.isee.validUntil">
              {formatDay(String(isee.validUntil))}
            </Fact>
            {ISEE_AMOUNTS.map((key) => (
              <Fact key={key} label={`resources.reiApplications.isee.${key}`}>
                {formatAmount(String(isee[key]))}
              </Fact>
            ))}
          </Facts>
        </Section>
      )}
    </>
  );
}
