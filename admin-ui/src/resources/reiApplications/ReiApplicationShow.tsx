import { Grid, useMediaQuery, type Theme } from '@mui/material';
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
  // Below `lg` the two columns stack: the deadlines then come right after the summary, not at
  // the end of a long page (on a phone, screens below the declarations).
  const stacked = useMediaQuery<Theme>((theme) => theme.breakpoints.down('lg'), { noSsr: true });
  if (!isDetailed(application)) return <Loading />;
  return (
    <Grid container spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <SummarySection application={application} />
        {stacked && <DeadlinesSection application={application} />}
        <ChecksSection application={application} />
        <BenefitSection application={application} />
        <DeclarationsSection application={application} />
        <CustomFieldsSection
          entity="REI_APPLICATION"
          title="resources.reiApplications.section.customFields"
        />
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        {!stacked && <DeadlinesSection application={application} />}
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
