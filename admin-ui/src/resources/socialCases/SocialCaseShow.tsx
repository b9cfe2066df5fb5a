import { Loading, Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { AccessLogTab } from './AccessLogTab';
import { AssessmentsTab } from './AssessmentsTab';
import { CaseActions } from './CaseActions';
import { CaseRecordsTab } from './CaseRecordsTab';
import { DocumentsTab } from './DocumentsTab';
import { useCaseAccessLog } from './useCaseAccessLog';
import { CaseSummary } from './CaseSummary';
import { DiaryTab } from './DiaryTab';
import type { SocialCaseRecord } from './types';

function CaseLayout(props: object) {
  const record = useRecordContext<SocialCaseRecord>();
  const log = useCaseAccessLog(record?.access === 'EXISTENCE' ? undefined : record?.id);
  // The list's row has no équipe: wait for the whole case.
  if (!record || !('team' in record)) return <Loading />;
  // Off the équipe: only that the case exists, and no content tab.
  const content = record.access === 'CONTENT';
  return (
    <TabbedShowLayout {...props}>
      <TabbedShowLayout.Tab label="resources.socialCases.tabs.summary">
        <CaseSummary socialCase={record} />
      </TabbedShowLayout.Tab>
      {content && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.diary" path="diario">
          <DiaryTab socialCase={record} />
        </TabbedShowLayout.Tab>
      )}
      {content && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.records" path="problematiche">
          <CaseRecordsTab socialCase={record} />
        </TabbedShowLayout.Tab>
      )}
      {content && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.assessments" path="valutazioni">
          <AssessmentsTab socialCase={record} />
        </TabbedShowLayout.Tab>
      )}
      {content && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.documents" path="documenti">
          <DocumentsTab socialCase={record} />
        </TabbedShowLayout.Tab>
      )}
      {!log.forbidden && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.accesses" path="accessi">
          <AccessLogTab log={log} />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
}

const ShowActions = () => (
  <TopToolbar>
    <CaseActions />
  </TopToolbar>
);

/**
 * Una cartella sociale: riepilogo and équipe; diario, problematiche e risorse, valutazioni and
 * documenti for who sees its content; accessi for who may read them.
 */
export default function SocialCaseShow() {
  return (
    <Show actions={<ShowActions />}>
      <CaseLayout />
    </Show>
  );
}
