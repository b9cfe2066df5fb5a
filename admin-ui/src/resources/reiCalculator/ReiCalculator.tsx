import CalculateIcon from '@mui/icons-material/Calculate';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { DateInput, Form, required, SelectInput, Title, useTranslate } from 'react-admin';
import { AmountInput } from '../../common/AmountInput';
import { splitContractError } from '../../common/contractMessages';
import { Section } from '../../common/Section';
import { todayInItaly } from '../../common/today';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { formatAmount } from '../../i18n/format';
import { BenefitExplanation } from '../reiApplications/BenefitExplanation';
import {
  ConsoleReiBenefitSimulationDocument,
  ConsoleReiMaximumsDocument,
  type ReiSimulationInput,
} from '../../generated/graphql';
import type { BenefitComputation } from '../reiApplications/types';

const c = (key: string) => `resources.reiCalculator.${key}`;
const SIZES = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, name: String(i + 1) }));

/** The household sizes of the published maximums (`m1`…`m6` in consoleReiMaximums). */
const MAXIMUM_SIZES = [1, 2, 3, 4, 5, 6] as const;

/** The published maximum amounts for the rules of the chosen date (the docs/domain/REI.md golden table). */
function MaximumsTable() {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const date = (useWatch({ name: 'date' }) as string | undefined) || null;
  const { data, error } = useQuery({
    queryKey: ['reiCalculator', 'maximums', date],
    queryFn: () => graphql(ConsoleReiMaximumsDocument, { date }),
    enabled: !date || /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
  return (
    <Section title={c('maximums')}>
      {data && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(c('maximumsRules'), { rules: data.m1?.rulesVersion ?? '' })}
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {splitContractError(error)
            .messages.map((m) => translate(m, { _: m }))
            .join(' ')}
        </Alert>
      )}
      <Table size="small" data-testid="rei-maximums">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{translate(c('members'))}</TableCell>
            <TableCell scope="col" align="right">
              {translate(c('maximum'))}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {MAXIMUM_SIZES.map((size) => (
            <TableRow key={size}>
              <TableCell component="th" scope="row">
                {size === 6 ? translate(c('sixOrMore')) : size}
              </TableCell>
              <TableCell align="right">
                {formatAmount(data?.[`m${size}` as const].monthlyAmount)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

function ComputeButton() {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <Button
      type="submit"
      variant="contained"
      disabled={isSubmitting}
      startIcon={
        isSubmitting ? (
          <CircularProgress
            size={16}
            color="inherit"
            aria-label={translate('ra.message.loading')}
          />
        ) : (
          <CalculateIcon />
        )
      }
    >
      {translate(c('compute'))}
    </Button>
  );
}

/**
 * Calcolatore REI: household size, ISR, other benefits and a date → the monthly amount with
 * every step explained, beside the published maximums of the same rules.
 */
export default function ReiCalculator() {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const [result, setResult] = useState<BenefitComputation | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const compute = async (values: Record<string, unknown>) => {
    setMessages([]);
    try {
      const input = {
        householdSize: values.householdSize,
        isr: values.isr ?? '0.00',
        otherBenefitsMonthly: values.otherBenefitsMonthly ?? null,
        date: values.date || null,
      } as ReiSimulationInput;
      const { simulation } = await graphql(ConsoleReiBenefitSimulationDocument, { input });
      setResult(simulation);
    } catch (error) {
      const split = splitContractError(error, [
        'householdSize',
        'isr',
        'otherBenefitsMonthly',
        'date',
      ]);
      setMessages(split.messages);
      setResult(null);
      return split.formErrors;
    }
    return undefined;
  };
  return (
    <Box sx={{ py: 2 }}>
      <Title title={c('title')} />
      <Typography component="h2" variant="h5" sx={{ mb: 1 }}>
        {translate(c('title'))}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate(c('intro'))}
      </Typography>
      <Form
        onSubmit={compute}
        defaultValues={{
          householdSize: 1,
          isr: '0.00',
          otherBenefitsMonthly: null,
          date: todayInItaly(),
        }}
        noValidate
      >
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Section title={c('result')}>
              <Box
                sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}
              >
                <SelectInput
                  source="householdSize"
                  label={c('fields.householdSize')}
                  choices={SIZES}
                  validate={required()}
                />
                <AmountInput source="isr" label={c('fields.isr')} validate={required()} />
                <AmountInput
                  source="otherBenefitsMonthly"
                  label={c('fields.otherBenefitsMonthly')}
                />
                <DateInput source="date" label={c('fields.date')} />
              </Box>
              <ComputeButton />
              {messages.length > 0 && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {messages.map((m) => (
                    <div key={m}>{translate(m, { _: m })}</div>
                  ))}
                </Alert>
              )}
              <Box aria-live="polite" sx={{ mt: 2 }}>
                {result && <BenefitExplanation benefit={result} />}
              </Box>
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <MaximumsTable />
          </Grid>
        </Grid>
      </Form>
    </Box>
  );
}
