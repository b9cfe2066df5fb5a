import { Grid } from '@mui/material';
import { Loading, Show, useRecordContext } from 'react-admin';
import { CustomFieldsSection } from '../../common/CustomFieldsSection';
import { ApplicationActions } from './ApplicationActions';
import { BenefitSection } from './BenefitSection';
import { ChecksSection } from './ChecksSection';
import { DeadlinesSection } from './DeadlinesSection';
import { DeclarationsSection } from './DeclarationsSection';
import { EventsTimeline } from './EventsTimeline';
import { SummarySection } from './SummarySection';
import { isDetailed, type ReiApplicationRecord } from './types';

function ApplicationLayout() {
  const application = useRecordContext<ReiApplicationRecord>();
  if (!isDetailed(application)) return <Loading />;
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <SummarySection application={application} />
        <ChecksSection application={application} />
        <BenefitSection application={application} />
        <DeclarationsSection application={application} />
        <CustomFieldsSection
          entity="REI_APPLICATION"
          title="resources.reiApplications.section.customFields"
        />
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <DeadlinesSection application={application} />
        <EventsTimeline application={application} />
      </Grid>
    </Grid>
  );
}

/**
 * Una domanda REI: summary, requirement checks with their reasons, the benefit and how it is
 * computed, declarations, deadlines and the events timeline; the operations its status allows.
 */
export default function ReiApplicationShow() {
  return (
    <Show actions={<ApplicationActions />} component="div">
      <ApplicationLayout />
    </Show>
  );
}
