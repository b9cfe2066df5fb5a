import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatAmount } from '../../i18n/format';
import type { BenefitMonth } from './types';

const MONTH = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2018-02` → `febbraio 2018`. */
const monthName = (yearMonth: string) => MONTH.format(new Date(`${yearMonth}-01T00:00:00Z`));

/**
 * The benefit month by month: the rules in force in each month, the other benefits that count in
 * it (a one-off payment only in the 12 months after it was paid) and the amount paid.
 */
export function BenefitSchedule({ months }: { months: BenefitMonth[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.reiApplications.benefit.${key}`);
  return (
    <>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }} id="benefit-schedule-title">
        {t('schedule')}
      </Typography>
      <Table size="small" aria-labelledby="benefit-schedule-title" data-testid="benefit-schedule">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('month')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('rulesVersion')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('maximumMonthlyAmount')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('otherBenefitsMonthly')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('monthlyAmount')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {months.map((m) => (
            <TableRow key={m.month}>
              <TableCell component="th" scope="row">
                {monthName(m.month)}
              </TableCell>
              <TableCell>{m.rulesVersion}</TableCell>
              <TableCell align="right">{formatAmount(m.maximumMonthlyAmount)}</TableCell>
              <TableCell align="right">{formatAmount(m.otherBenefitsMonthly)}</TableCell>
              <TableCell align="right">{formatAmount(m.monthlyAmount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
