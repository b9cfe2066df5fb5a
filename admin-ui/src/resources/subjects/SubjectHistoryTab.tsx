import { useRecordContext } from 'react-admin';
import { RevisionHistory, type Revision } from '../../common/RevisionHistory';
import { useSubjectPart } from './useSubjectPart';

/** Storico: every saved change of the subject, newest first. */
export function SubjectHistoryTab() {
  const record = useRecordContext();
  const part = useSubjectPart<Revision[]>(
    record?.id as string | undefined,
    'history',
    'version changedAt changedBy action changes',
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
