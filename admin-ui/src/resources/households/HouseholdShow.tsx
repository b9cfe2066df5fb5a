import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  EditButton,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CustomFieldsShow } from '../../common/customFields';
import { RevisionHistory, type Revision } from '../../common/RevisionHistory';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { HouseholdHistoryDocument } from '../../generated/graphql';
import { AddMemberForm } from './AddMemberForm';
import { HouseholdMembers } from './HouseholdMembers';
import type { HouseholdRecord } from './householdTypes';
import { IseeTable } from './IseeTable';
import { RecordIseeButton } from './RecordIseeDialog';

function HouseholdIsee() {
  const household = useRecordContext<HouseholdRecord>();
  return (
    <Box sx={{ width: '100%' }}>
      <RecordIseeButton />
      <IseeTable rows={household?.iseeHistory} isPending={!household} />
    </Box>
  );
}

function HouseholdHistory() {
  const household = useRecordContext<HouseholdRecord>();
  const graphql = useGraphQL();
  const { data, isPending, error } = useQuery({
    queryKey: ['households', 'history', household?.id],
    enabled: Boolean(household),
    queryFn: () =>
      graphql(HouseholdHistoryDocument, { id: household?.id ?? '' }).then(
        (d) => (d.household?.history ?? []) as Revision[],
      ),
  });
  return (
    <RevisionHistory
      resource="households"
      entity="HOUSEHOLD"
      revisions={data}
      isPending={isPending}
      error={error}
    />
  );
}

function Members() {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <HouseholdMembers />
      <AddMemberForm />
      <Typography component="h3" variant="subtitle1" sx={{ mt: 3 }}>
        {translate('resources.households.sections.custom')}
      </Typography>
      <CustomFieldsShow entity="HOUSEHOLD" />
    </Box>
  );
}

/** A household: members (add, record a leaving), ISEE attestations, custom fields, storico. */
export default function HouseholdShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.households.tabs.members">
          <Members />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.households.tabs.isee" path="isee">
          <HouseholdIsee />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.households.tabs.history" path="storico">
          <HouseholdHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
