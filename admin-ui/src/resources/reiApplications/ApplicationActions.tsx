import AssignmentIcon from '@mui/icons-material/Assignment';
import { Button, EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { InpsOutcomeButton } from './InpsOutcomeButton';
import { RunChecksButton } from './RunChecksButton';
import { SendToInpsButton } from './SendToInpsButton';
import { TransitionButton } from './TransitionButton';
import { CHECKABLE, isDetailed, type ReiApplicationRecord, type ReiStatus } from './types';
import { useAllowed } from '../../auth/useAllowed';

const WITHOUT_PROJECT: readonly ReiStatus[] = ['CHECKS_FAILED', 'REJECTED'];

/** The link to the personalised project editor of an application. */
export function ProjectButton({ application }: { application: ReiApplicationRecord }) {
  if (WITHOUT_PROJECT.includes(application.status)) return null;
  return (
    <Button
      label="resources.reiApplications.action.project"
      component={Link}
      to={`/reiApplications/${application.id}/project`}
    >
      <AssignmentIcon />
    </Button>
  );
}

/** What can be done with the application now: only the operations its status allows. */
export function ApplicationActions() {
  const application = useRecordContext<ReiApplicationRecord>();
  const canWrite = useAllowed('reiApplications', 'edit');
  if (!isDetailed(application)) return <TopToolbar />;
  const status = application.status;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      {canWrite && CHECKABLE.includes(status) && <RunChecksButton application={application} />}
      {canWrite && (
        <SendToInpsButton
          ids={[application.id]}
          variant="contained"
          available={application.sendable}
        />
      )}
      {canWrite && (status === 'SENT_TO_INPS' || status === 'REJECTED') && (
        <InpsOutcomeButton application={application} />
      )}
      {canWrite && <TransitionButton application={application} />}
      <ProjectButton application={application} />
      <EditButton />
    </TopToolbar>
  );
}
