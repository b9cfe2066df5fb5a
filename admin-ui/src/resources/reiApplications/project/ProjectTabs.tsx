import {
  ArrayInput,
  BooleanInput,
  DateInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { InputRow } from '../../../common/InputGroup';
import { p, ProjectItemsInput, ScopedItemsInput, type ProjectChoices } from './projectInputs';

const AREAS = ['CIVIC', 'SOCIAL_INCLUSION', 'WORK_INCLUSION'].map((id) => ({
  id,
  name: `resources.reiApplications.project.area.${id}`,
}));

/** Apertura cartella, assegnazione, analisi preliminare e quadro di analisi approfondito. */
export function CaseInputs() {
  return (
    <>
      <InputRow>
        <TextInput source="assignedTo" label={p('assignedTo')} />
        <DateInput source="openedAt" label={p('openedAt')} />
        <DateInput source="preliminaryAssessmentOn" label={p('preliminaryAssessmentOn')} />
      </InputRow>
      <TextInput
        source="preliminaryAssessmentOutcome"
        label={p('preliminaryAssessmentOutcome')}
        multiline
        minRows={2}
        fullWidth
      />
      <InputRow>
        <BooleanInput source="inDepthAssessmentNeeded" label={p('inDepthAssessmentNeeded')} />
        <DateInput source="inDepthAssessmentOn" label={p('inDepthAssessmentOn')} />
      </InputRow>
      <TextInput
        source="inDepthAssessmentNotes"
        label={p('inDepthAssessmentNotes')}
        multiline
        minRows={2}
        fullWidth
      />
    </>
  );
}

/** Problematiche e risorse, per ambito (nucleo, componente, contesto). */
export function ProblemInputs({ members, list }: ProjectChoices) {
  return (
    <>
      <ScopedItemsInput source="problems" codes={list('rei_problem')} members={members} />
      <ScopedItemsInput source="resources" codes={list('rei_resource')} members={members} />
    </>
  );
}

/** L'équipe multidisciplinare. */
export function TeamInputs() {
  return (
    <ArrayInput source="team" label={p('team')}>
      <SimpleFormIterator inline disableReordering>
        <TextInput source="name" label={p('name')} validate={required()} />
        <TextInput source="role" label={p('role')} validate={required()} />
        <TextInput source="organisation" label={p('organisation')} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** Obiettivi per area, ciascuno con i suoi risultati attesi. */
export function GoalInputs() {
  return (
    <ArrayInput source="goals" label={p('goals')}>
      <SimpleFormIterator disableReordering>
        <SelectInput source="area" label={p('area')} choices={AREAS} validate={required()} />
        <TextInput source="description" label={p('description')} validate={required()} fullWidth />
        <TextInput
          source="expectedResults"
          label={p('expectedResults')}
          multiline
          minRows={2}
          fullWidth
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** Condizionalità, attività dell'équipe, impegni della rete, azioni con il loro periodo. */
export function CommitmentInputs({ members }: ProjectChoices) {
  return (
    <>
      <ProjectItemsInput source="conditions" members={members} />
      <ProjectItemsInput source="teamActivities" members={members} />
      <ProjectItemsInput source="networkCommitments" members={members} />
      <ArrayInput source="actions" label={p('actions')}>
        <SimpleFormIterator inline disableReordering>
          <TextInput
            source="description"
            label={p('description')}
            validate={required()}
            sx={{ minWidth: 360 }}
          />
          <DateInput source="from" label={p('from')} validate={required()} />
          <DateInput source="to" label={p('to')} />
          <TextInput source="who" label={p('who')} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
