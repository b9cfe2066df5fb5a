import { useRecordContext } from 'react-admin';
import { RevisionHistory, type Revision } from '../../common/RevisionHistory';
import { SubjectHistoryDocument } from '../../generated/graphql';
import { useSubjectPart } from './useSubjectPart';

/** Storico: every saved change of the subject, newest first. */
export function SubjectHistoryTab() {
  const record = useRecordContext();
  const part = useSubjectPart(
    record?.id as string | undefined,
    'history',
    SubjectHistoryDocument,
    (subject) => subject.history as Revision[],
  );
  return (
    <RevisionHistory
      resource="subjects"
      entity="SUBJECT"
      revisions={part.data}
      isPending={part.isPending}
      error={part.error}
    />
  );
}
