import { Loading, Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { CaseActions } from './CaseActions';
import { CaseSummary } from './CaseSummary';
import { DiaryTab } from './DiaryTab';
import type { SocialCaseRecord } from './types';

function CaseLayout(props: object) {
  const record = useRecordContext<SocialCaseRecord>();
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
    </TabbedShowLayout>
  );
}

const ShowActions = () => (
  <TopToolbar>
    <CaseActions />
  </TopToolbar>
);

/** Una cartella sociale: riepilogo and équipe; diario for who sees its content. */
export default function SocialCaseShow() {
  return (
    <Show actions={<ShowActions />}>
      <CaseLayout />
    </Show>
  );
}
