import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../dataProvider/useGraphQL';

export interface IndicatorGroup {
  key: string;
  value: number | null;
}

export interface DashboardIndicator {
  id: string;
  key: string;
  label: string;
  entity: string;
  aggregate: string;
  groupBy: string | null;
  filter: Record<string, unknown> | null;
  period: {
    field: string;
    from: string | null;
    to: string | null;
    lastMonths: number | null;
  } | null;
  unit: string | null;
  target: number | null;
  measurement: {
    value: number | null;
    groups: IndicatorGroup[];
    computedAt: string;
    error: string | null;
  } | null;
}

// No retries on the cruscotto: a failing domain is not transient (its card says why), and a
// retry seconds later must not act on a session that has since changed.

// Every indicator in one request: config answers the specs, the gateway fetches each domain's
// measurements from the service that owns the data in one batch.
const INDICATORS = `query dashboardIndicators {
  indicators { id key label entity aggregate groupBy filter period { field from to lastMonths } unit target position
    measurement { value groups { key value } computedAt error } }
}`;

export function useDashboardIndicators(enabled: boolean) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['dashboard', 'indicators'],
    enabled,
    retry: false,
    queryFn: () =>
      graphql<{ indicators: DashboardIndicator[] }>(INDICATORS).then((d) => d.indicators),
  });
}

export interface DeadlineRow {
  id: string;
  protocolNumber: string;
  applicantName: string | null;
  status: string;
  deadlines: { nextDue: string | null; overdue: boolean };
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
      graphql<{ reiApplications: { items: DeadlineRow[] } }>(`
        query dashboardReiDeadlines {
          reiApplications(sort: { field: NEXT_DUE, order: ASC }, perPage: 100) {
            items {
              id
              protocolNumber
              applicantName
              status
              deadlines {
                nextDue
                overdue
              }
            }
          }
        }
      `).then((d) => {
        const limit = endOfWeek();
        return d.reiApplications.items.filter(
          (a) => a.deadlines.nextDue !== null && a.deadlines.nextDue <= limit,
        );
      }),
  });
}

export interface InvalidBenefitRow {
  id: string;
  fiscalCode: string;
  lastName: string | null;
  firstName: string | null;
  serviceCode: string;
  serviceName: string;
  issues: { field: string; message: string }[];
}

/** SIUSS benefit records still INVALID: how many, and the latest ten. */
export function useInvalidBenefits(enabled: boolean) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['dashboard', 'invalidBenefits'],
    enabled,
    retry: false,
    queryFn: () =>
      graphql<{ socialBenefits: { items: InvalidBenefitRow[]; total: number } }>(`
        query dashboardInvalidBenefits {
          socialBenefits(
            filter: { status: [INVALID] }
            sort: { field: UPDATED_AT, order: DESC }
            perPage: 10
          ) {
            items {
              id
              fiscalCode
              lastName
              firstName
              serviceCode
              serviceName
              issues {
                field
                message
              }
            }
            total
          }
        }
      `).then((d) => d.socialBenefits),
  });
}
