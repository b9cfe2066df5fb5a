import { errorText } from '../../common/errorText';
import { Alert, CircularProgress, Paper, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { indicatorInput } from '../../dataProvider/configurationOperations';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { IndicatorPreviewDocument, type IndicatorInput } from '../../generated/graphql';
import { formatIndicatorValue } from '../../dashboard/indicatorFormat';
import { arrangeGroups } from '../../dashboard/indicatorValues';
import { needsFor, useIndicatorValues } from '../../dashboard/useIndicatorValues';

/** Waits until the form stops changing for `ms`, so typing does not send a query per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const serialized = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(serialized) as T), ms);
    return () => clearTimeout(timer);
  }, [serialized, ms]);
  return settled;
}

/**
 * The indicator's value as it is being defined (`indicatorPreview`), computed by the service that
 * owns the data, refreshed half a second after the last change; problems in the spec show here.
 */
export function IndicatorPreview() {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const values = useWatch() as Record<string, unknown>;
  const input = useSettled(
    indicatorInput({
      ...values,
      key: values.key || 'anteprima',
      label: values.label || 'Anteprima',
    }),
    500,
  );
  // Conditions that cannot be read (the advanced JSON view) leave the preview stale, never old.
  const invalidFilter = typeof values.filter === 'string';
  const ready = Boolean(input.entity && input.aggregate) && !invalidFilter;
  const entity = String(values.entity ?? '');
  const groupBy = (values.groupBy as string | null | undefined) ?? null;
  const names = useIndicatorValues(entity, needsFor(entity, groupBy));
  const { data, error, isFetching } = useQuery({
    queryKey: ['indicatorPreview', input],
    enabled: ready,
    placeholderData: keepPreviousData,
    queryFn: () =>
      graphql(IndicatorPreviewDocument, { input: input as IndicatorInput }).then(
        (d) => d.indicatorPreview,
      ),
    retry: false,
  });
  const problem = invalidFilter
    ? translate('resources.indicators.preview_stale')
    : ((error ? errorText(error, translate) : null) ?? data?.error);
  const groups = data
    ? arrangeGroups(data.groups, {
        entity,
        groupBy,
        lastMonths: (values.period as { lastMonths?: number } | null)?.lastMonths,
      })
    : [];
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 2, maxWidth: 560 }}
      aria-live="polite"
      aria-busy={isFetching}
    >
      <Typography component="h2" variant="subtitle1" gutterBottom>
        {translate('resources.indicators.preview')}{' '}
        {isFetching && <CircularProgress size={14} aria-hidden />}
      </Typography>
      {problem ? (
        <Alert severity="warning" data-testid="indicator-preview-problem">
          {problem}
        </Alert>
      ) : data ? (
        <>
          <Typography variant="h4" component="p" data-testid="indicator-preview-value">
            {formatIndicatorValue(data.value, input.unit as string | null)}
          </Typography>
          {groups.length > 0 && (
            <Typography component="ul" variant="body2" sx={{ pl: 3 }}>
              {groups.slice(0, 12).map((g) => (
                <li key={g.key}>
                  {names.label(groupBy, g.key)}:{' '}
                  {formatIndicatorValue(g.value, input.unit as string | null)}
                </li>
              ))}
            </Typography>
          )}
        </>
      ) : (
        <Typography color="text.secondary">
          {translate('resources.indicators.preview_hint')}
        </Typography>
      )}
    </Paper>
  );
}
