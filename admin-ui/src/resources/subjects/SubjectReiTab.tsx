import { useRecordContext, useTranslate } from 'react-admin';
import { SubjectPartTable } from './SubjectPartTable';
import { SubjectReiApplicationsDocument } from '../../generated/graphql';
import { reiApplicationColumns } from './reiApplicationColumns';
import { useSubjectPart } from './useSubjectPart';

/** The subject's REI applications (rei subgraph, through federation), linked to their pages. */
export function SubjectReiTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const part = useSubjectPart(
    record?.id as string | undefined,
    'reiApplications',
    SubjectReiApplicationsDocument,
    (subject) => subject.reiApplications,
  );
  return (
    <SubjectPartTable
      caption="resources.subjects.tabs.rei"
      empty="resources.subjects.empty.rei"
      rows={part.data}
      isPending={part.isPending}
      error={part.error}
      columns={reiApplicationColumns(translate)}
    />
  );
}
