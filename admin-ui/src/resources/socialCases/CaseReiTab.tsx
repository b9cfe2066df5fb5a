import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleCaseReiApplicationsDocument } from '../../generated/graphql';
import { formatDay } from '../../i18n/format';
import { reiApplicationColumns } from '../subjects/reiApplicationColumns';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import type { SocialCaseRecord } from './types';

/**
 * REI: the applications of the case's person and those whose project was signed on the case
 * (rei subgraph, through federation), with the date each project was signed.
 */
export function CaseReiTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const { data, isPending, error } = useQuery({
    queryKey: ['socialCases', 'rei', socialCase.id],
    queryFn: () =>
      graphql(ConsoleCaseReiApplicationsDocument, { id: socialCase.id }).then(
        (r) => r.socialCase?.reiApplications ?? [],
      ),
  });
  return (
    <SubjectPartTable
      caption="resources.socialCases.tabs.rei"
      empty="resources.socialCases.rei.empty"
      rows={data}
      isPending={isPending}
      error={error}
      columns={[
        ...reiApplicationColumns(translate),
        {
          label: 'resources.socialCases.rei.projectSigned',
          render: (row) =>
            row.project?.signedAt
              ? !row.project.socialCase || row.project.socialCase.id === socialCase.id
                ? formatDay(row.project.signedAt)
                : translate('resources.socialCases.rei.signedElsewhere', {
                    date: formatDay(row.project.signedAt),
                    number: row.project.socialCase?.number ?? '—',
                  })
              : translate('resources.socialCases.rei.notSigned'),
        },
      ]}
    />
  );
}
