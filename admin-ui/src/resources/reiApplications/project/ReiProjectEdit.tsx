import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Card, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Button,
  Loading,
  SaveButton,
  TabbedForm,
  TabbedFormTabs,
  Toolbar,
  Title,
  useGetOne,
  useNotify,
  useTranslate,
} from 'react-admin';
import { splitContractError } from '../../../common/contractMessages';
import { CustomFieldInputs, useCustomFields } from '../../../common/customFields';
import { useValueListChoices } from '../../../common/useValueListChoices';
import { ReiStatusChip } from '../ReiStatusChip';
import type { ReiApplicationRecord } from '../types';
import { BreachInputs } from './BreachInputs';
import { CommunicationsSection } from './CommunicationsSection';
import { InterventionInputs } from './InterventionInputs';
import { projectFormValues } from './projectOperations';
import { CaseInputs, CommitmentInputs, GoalInputs, ProblemInputs, TeamInputs } from './ProjectTabs';
import { SignatureSection } from './SignatureSection';
import { useReiProject } from './useReiProject';
import { useAllowed } from '../../../auth/useAllowed';

const LISTS = ['rei_problem', 'rei_resource', 'rei_intervention', 'siuss_service'];
const INPUTS = [
  'assignedTo',
  'openedAt',
  'problems',
  'resources',
  'team',
  'preliminaryAssessmentOn',
  'preliminaryAssessmentOutcome',
  'inDepthAssessmentNeeded',
  'inDepthAssessmentOn',
  'inDepthAssessmentNotes',
  'goals',
  'conditions',
  'teamActivities',
  'networkCommitments',
  'actions',
  'disbursementFrom',
  'disbursementTo',
  'resourcesInvolved',
  'interventions',
  'breaches',
  'customFields',
];
const SIGNABLE = ['CHECKS_PASSED', 'SENT_TO_INPS', 'ACCEPTED', 'SUSPENDED'];
const t = (key: string) => `resources.reiApplications.project.${key}`;

/**
 * Il progetto personalizzato of an application: one form in tabs (case and assessment, problems
 * and resources, team, goals, commitments and actions, disbursement and interventions, breaches,
 * the tenant's fields), then the signature and the communications log, which are operations of
 * their own.
 */
export default function ReiProjectEdit() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { data: application } = useGetOne<ReiApplicationRecord>('reiApplications', { id });
  const { project, isPending, save, sign, log } = useReiProject(id);
  const lists = useValueListChoices(LISTS);
  const customFields = useCustomFields('REI_PROJECT');
  const canWrite = useAllowed('reiApplications', 'edit');
  const record = useMemo(() => projectFormValues(project), [project]);
  if (isPending || !application) return <Loading />;

  const choices = {
    members: (application.household?.members ?? []).map((m) => ({
      id: m.subject.id,
      name: `${m.subject.lastName} ${m.subject.firstName}`,
    })),
    list: lists.choices,
  };
  const submit = async (values: Record<string, unknown>) => {
    try {
      await save(values);
      notify(t('saved'), { type: 'success' });
      return undefined;
    } catch (error) {
      const split = splitContractError(error, INPUTS);
      notify(split.messages.join(' — ') || 'ra.message.invalid_form', { type: 'error' });
      return split.formErrors;
    }
  };
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate(t('title'), { protocol: application.protocolNumber })} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Button label={t('back')} component={Link} to={`/reiApplications/${id}/show`}>
          <ArrowBackIcon />
        </Button>
        <Typography component="h2" variant="h5">
          {translate(t('title'), { protocol: application.protocolNumber })}
        </Typography>
        <ReiStatusChip status={application.status} />
        <Typography variant="body2">
          {application.applicant?.lastName} {application.applicant?.firstName}
        </Typography>
      </Box>
      {!project && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate(t('none'))}
        </Alert>
      )}
      <Card variant="outlined" sx={{ mb: 2 }}>
        <TabbedForm
          record={record as never}
          onSubmit={submit}
          syncWithLocation={false}
          warnWhenUnsavedChanges
          tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" />}
          // Saving is the only action: a project is never deleted.
          toolbar={
            <Toolbar>
              <SaveButton />
            </Toolbar>
          }
        >
          <TabbedForm.Tab label={t('tab.case')}>
            <CaseInputs />
          </TabbedForm.Tab>
          <TabbedForm.Tab label={t('tab.problems')}>
            <ProblemInputs {...choices} />
          </TabbedForm.Tab>
          <TabbedForm.Tab label={t('tab.team')}>
            <TeamInputs />
          </TabbedForm.Tab>
          <TabbedForm.Tab label={t('tab.goals')}>
            <GoalInputs />
          </TabbedForm.Tab>
          <TabbedForm.Tab label={t('tab.commitments')}>
            <CommitmentInputs {...choices} />
          </TabbedForm.Tab>
          <TabbedForm.Tab label={t('tab.interventions')}>
            <InterventionInputs {...choices} />
          </TabbedForm.Tab>
          <TabbedForm.Tab label={t('tab.breaches')}>
            <BreachInputs project={project} />
          </TabbedForm.Tab>
          {customFields.definitions.length > 0 && (
            <TabbedForm.Tab label={t('tab.customFields')}>
              <CustomFieldInputs entity="REI_PROJECT" />
            </TabbedForm.Tab>
          )}
        </TabbedForm>
      </Card>
      <SignatureSection
        signedAt={project?.signedAt}
        socialCase={project?.socialCase}
        canSign={Boolean(canWrite && project) && SIGNABLE.includes(application.status)}
        onSign={sign}
      />
      <CommunicationsSection
        communications={(project?.communications as never[]) ?? []}
        canWrite={Boolean(canWrite && project)}
        onLog={log}
      />
    </Box>
  );
}
