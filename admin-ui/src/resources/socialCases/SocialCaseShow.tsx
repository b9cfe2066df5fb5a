import {
  EditButton,
  Loading,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { AccessLogTab } from './AccessLogTab';
import { AssessmentsTab } from './AssessmentsTab';
import { CaseActions } from './CaseActions';
import { CaseHistoryTab } from './CaseHistoryTab';
import { CaseRecordsTab } from './CaseRecordsTab';
import { CaseReiTab } from './CaseReiTab';
import { CaseTeamTab } from './CaseTeamTab';
import { DocumentsTab } from './DocumentsTab';
import { useCaseAccessLog } from './useCaseAccessLog';
import { CaseSummary } from './CaseSummary';
import { DiaryTab } from './DiaryTab';
import type { SocialCaseRecord } from './types';
import { SubjectBenefitsTab } from '../subjects/SubjectBenefitsTab';

function CaseLayout(props: object) {
  const record = useRecordContext<SocialCaseRecord>();
  const log = useCaseAccessLog(record?.access === 'EXISTENCE' ? undefined : record?.id);
  // The list's row has no équipe: wait for the whole case.
  if (!record || !('team' in record)) return <Loading />;
  // Off the équipe: only that the case exists, and no content tab.
  const content = record.access === 'CONTENT';
  const metadata = record.access !== 'EXISTENCE';
  return (
    // Ten tabs at most: they scroll on a narrow screen rather than being cut.
    <TabbedShowLayout
      {...props}
      tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}
    >
      <TabbedShowLayout.Tab label="resources.socialCases.tabs.summary">
        <CaseSummary socialCase={record} />
      </TabbedShowLayout.Tab>
      {metadata && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.team" path="equipe">
          <CaseTeamTab socialCase={record} />
        </TabbedShowLayout.Tab>
      )}
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
      {metadata && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.rei" path="rei">
          <CaseReiTab socialCase={record} />
        </TabbedShowLayout.Tab>
      )}
      {metadata && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.benefits" path="prestazioni">
          <SubjectBenefitsTab subjectId={record.subject.id} />
        </TabbedShowLayout.Tab>
      )}
      {metadata && (
        <TabbedShowLayout.Tab label="resources.socialCases.tabs.history" path="storico">
          <CaseHistoryTab socialCase={record} />
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

/** Modifica (areas, household, the comune's fields): the équipe, while the case is not closed. */
function CaseEditButton() {
  const record = useRecordContext<SocialCaseRecord>();
  if (!record || record.access !== 'CONTENT' || record.status === 'CLOSED') return null;
  return <EditButton />;
}

const ShowActions = () => (
  <TopToolbar>
    <CaseEditButton />
    <CaseActions />
  </TopToolbar>
);

/**
 * Una cartella sociale: riepilogo; équipe for who sees more than its existence; diario, problematiche e risorse, valutazioni and
 * documenti for who sees its content; REI, prestazioni (SIUSS) and storico for who sees more
 * than its existence; accessi for who may read them.
 */
export default function SocialCaseShow() {
  return (
    <Show actions={<ShowActions />}>
      <CaseLayout />
    </Show>
  );
}
