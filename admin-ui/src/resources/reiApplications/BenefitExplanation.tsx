import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Fact, Facts } from '../../common/Section';
import { formatAmount } from '../../i18n/format';
import type { BenefitComputation } from './types';

/** `"2.04"` → `"2,04"`: a scale is no amount, but it is still written the Italian way. */
const italianNumber = (value: string) => value.replace('.', ',');

/**
 * A benefit computation as a caseworker reads it: the monthly amount, every figure it comes
 * from, and the server's own explanation line by line. Used by applications and the calculator.
 */
export function BenefitExplanation({ benefit }: { benefit: BenefitComputation }) {
  const translate = useTranslate();
  const t = (key: string) => `resources.reiApplications.benefit.${key}`;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {translate(t('monthlyAmount'))}
      </Typography>
      <Typography variant="h4" component="p" sx={{ mb: 2 }} data-testid="benefit-monthly-amount">
        {formatAmount(benefit.monthlyAmount)}
      </Typography>
      <Facts>
        <Fact label={t('rulesVersion')}>{benefit.rulesVersion}</Fact>
        <Fact label={t('householdSize')}>{benefit.householdSize}</Fact>
        <Fact label={t('equivalenceScale')}>{italianNumber(benefit.equivalenceScale)}</Fact>
        <Fact label={t('annualThreshold')}>{formatAmount(benefit.annualThreshold)}</Fact>
        <Fact label={t('isr')}>{formatAmount(benefit.isr)}</Fact>
        <Fact label={t('annualCap')}>{formatAmount(benefit.annualCap)}</Fact>
        <Fact label={t('annualAmount')}>{formatAmount(benefit.annualAmount)}</Fact>
        <Fact label={t('maximumMonthlyAmount')}>{formatAmount(benefit.maximumMonthlyAmount)}</Fact>
        <Fact label={t('otherBenefitsMonthly')}>{formatAmount(benefit.otherBenefitsMonthly)}</Fact>
        <Fact label={t('capApplied')}>
          {translate(benefit.capApplied ? 'ra.boolean.true' : 'ra.boolean.false')}
        </Fact>
      </Facts>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        {translate(t('explanation'))}
      </Typography>
      <Box component="ol" sx={{ pl: 3, my: 1 }} data-testid="benefit-explanation">
        {benefit.explanation.map((line) => (
          <Typography component="li" variant="body2" key={line}>
            {line}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
