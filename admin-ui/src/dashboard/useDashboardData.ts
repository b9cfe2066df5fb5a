import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../dataProvider/useGraphQL';
import {
  DashboardIndicatorsDocument,
  DashboardInvalidBenefitsDocument,
  DashboardReiDeadlinesDocument,
  type DashboardIndicatorsQuery,
} from '../generated/graphql';

/**
 * An indicator of the cruscotto with its measurement (operations/config.graphql); its `filter`
 * (JSON) is always an object of conditions, field → condition.
 */
export type DashboardIndicator = Omit<DashboardIndicatorsQuery['indicators'][number], 'filter'> & {
  filter: Record<string, unknown> | null;
};

// No retries on the cruscotto: a failing domain is not transient (its card says why), and a
// retry seconds later must not act on a session that has since changed.

export function useDashboardIndicators(enabled: boolean) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['dashboard', 'indicators'],
    enabled,
    retry: false,
    queryFn: () =>
      graphql(DashboardIndicatorsDocument).then((d) => d.indicators as DashboardIndicator[]),
  });
}

/** Sunday of the current week (Italian weeks start on Monday), as YYYY-MM-DD. */
export function endOfWeek(today = new Date()): string {
  const day = (today.getDay() + 6) % 7; // Monday 0 … Sunday 6
  const sunday = new Date(today.getFullYear(), today.getMonth(), today.getDate() + (6 - day));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sunday.getFullYear()}-${pad(sunday.getMonth() + 1)}-${pad(sunday.getDate())}`;
}

/** REI applications whose next deadline falls by the end of this week (overdue ones first). */
export function useReiDeadlinesThisWeek(enabled: boolean) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['dashboard', 'reiDeadlines'],
    enabled,
    retry: false,
    queryFn: () =>
      graphql(DashboardReiDeadlinesDocument).then((d) => {
        const limit = endOfWeek();
        return d.reiApplications.items.filter(
          (a) => a.deadlines.nextDue !== null && a.deadlines.nextDue <= limit,
        );
      }),
  });
}

/** SIUSS benefit records still INVALID: how many, and the latest ten. */
export function useInvalidBenefits(enabled: boolean) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['dashboard', 'invalidBenefits'],
    enabled,
    retry: false,
    queryFn: () => graphql(DashboardInvalidBenefitsDocument).then((d) => d.socialBenefits),
  });
}
