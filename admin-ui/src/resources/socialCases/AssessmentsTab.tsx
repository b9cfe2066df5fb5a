import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  DateInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionDialog } from '../../common/ActionDialog';
import { todayInItaly } from '../../common/today';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  ConsoleAssessmentFormsDocument,
  ConsoleCaseAssessmentsDocument,
  ConsoleRecordAssessmentDocument,
  ConsoleSignAssessmentDocument,
  ConsoleUpdateAssessmentDocument,
  type AssessmentFormDefinitionFragment,
  type AssessmentRowFragment,
} from '../../generated/graphql';
import { formatDay, formatInstant } from '../../i18n/format';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import { currentUserId, type SocialCaseRecord } from './types';

const v = (key: string) => `resources.socialCases.assessments.${key}`;

/** The chosen form's items, each a radio group of its options (answers.<item key>). */
function FormItems({ forms }: { forms: AssessmentFormDefinitionFragment[] }) {
  const formKey = useWatch({ name: 'formKey' }) as string | undefined;
  const form = forms.find((f) => f.key === formKey);
  if (!form) return null;
  return (
    <>
      {form.items.map((item) => (
        <RadioButtonGroupInput
          key={item.key}
          source={`answers.${item.key}`}
          label={item.label}
          choices={item.options.map((o) => ({ id: o.code, name: `${o.label} (${o.score})` }))}
          validate={required()}
          row={false}
        />
      ))}
    </>
  );
}

/**
 * Nuova valutazione: a form of the comune, filled item by item; the server scores it. With
 * `assessment` (not signed, its assessor's): Modifica, on the same form, the answers as given.
 */
function AssessmentButton({
  socialCase,
  assessment,
  onSaved,
}: {
  socialCase: SocialCaseRecord;
  assessment?: AssessmentRowFragment;
  onSaved: (assessment: AssessmentRowFragment) => void;
}) {
  const [open, setOpen] = useState(false);
  const graphql = useGraphQL();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const forms = useQuery({
    queryKey: ['socialCases', 'assessmentForms'],
    queryFn: () => graphql(ConsoleAssessmentFormsDocument).then((r) => r.assessmentForms),
  });
  const title = assessment ? v('edit') : v('new');
  return (
    <>
      {assessment ? (
        <Button
          label="ra.action.edit"
          aria-label={`${assessment.form.label}: modifica`}
          onClick={() => setOpen(true)}
        >
          <EditIcon />
        </Button>
      ) : (
        <Button label={title} onClick={() => setOpen(true)}>
          <AddIcon />
        </Button>
      )}
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        submitLabel="ra.action.save"
        defaultValues={
          assessment
            ? {
                formKey: assessment.form.key,
                assessedAt: assessment.assessedAt,
                answers: assessment.answers,
              }
            : { formKey: forms.data?.[0]?.key ?? '', assessedAt: todayInItaly() }
        }
        inputs={['formKey', 'answers', 'assessedAt']}
        onSubmit={async (values) => {
          const answers = values.answers ?? {};
          const assessedAt = String(values.assessedAt ?? '');
          const saved = assessment
            ? (
                await graphql(ConsoleUpdateAssessmentDocument, {
                  id: assessment.id,
                  answers,
                  assessedAt,
                })
              ).assessment
            : (
                await graphql(ConsoleRecordAssessmentDocument, {
                  caseId: socialCase.id,
                  formKey: String(values.formKey ?? ''),
                  answers,
                  assessedAt,
                })
              ).assessment;
          await queryClient.invalidateQueries({ queryKey: ['socialCases', 'assessments'] });
          onSaved(saved);
          notify(v('recorded'), { type: 'success' });
        }}
      >
        <SelectInput
          source="formKey"
          label={v('form')}
          choices={(forms.data ?? []).map((f) => ({ id: f.key, name: f.label }))}
          isPending={forms.isPending}
          validate={required()}
          disabled={Boolean(assessment)}
        />
        <DateInput source="assessedAt" label={v('assessedAt')} validate={required()} />
        <FormItems forms={forms.data ?? []} />
      </ActionDialog>
    </>
  );
}

/** Valutazioni: score and band as the server computed them; signed by their assessor. */
export function AssessmentsTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const graphql = useGraphQL();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [recorded, setRecorded] = useState<AssessmentRowFragment | null>(null);
  const { data, isPending, error } = useQuery({
    queryKey: ['socialCases', 'assessments', socialCase.id],
    queryFn: () =>
      graphql(ConsoleCaseAssessmentsDocument, { id: socialCase.id }).then(
        (r) => r.socialCase?.assessments ?? [],
      ),
  });
  const sign = async (id: string) => {
    try {
      await graphql(ConsoleSignAssessmentDocument, { id });
      await queryClient.invalidateQueries({ queryKey: ['socialCases', 'assessments'] });
      notify(v('signDone'), { type: 'success' });
    } catch (failure) {
      notify((failure as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ width: '100%' }}>
      {socialCase.status !== 'CLOSED' && (
        <AssessmentButton socialCase={socialCase} onSaved={setRecorded} />
      )}
      {recorded && (
        <Alert severity="success" role="status" sx={{ my: 1 }}>
          {translate(v('result'), { score: recorded.score ?? '—', band: recorded.band ?? '—' })}
        </Alert>
      )}
      <SubjectPartTable
        caption="resources.socialCases.tabs.assessments"
        empty="resources.socialCases.assessments.empty"
        rows={data}
        isPending={isPending}
        error={error}
        columns={[
          { label: v('form'), render: (r) => r.form.label },
          { label: v('assessedAt'), render: (r) => formatDay(r.assessedAt) },
          { label: v('score'), render: (r) => r.score ?? '—' },
          { label: v('band'), render: (r) => r.band ?? '—' },
          { label: v('assessor'), render: (r) => r.assessor.fullName },
          {
            label: v('signedAt'),
            render: (r) =>
              r.signedAt ? (
                formatInstant(r.signedAt)
              ) : r.assessor.id === currentUserId() ? (
                <>
                  <Button label={v('sign')} onClick={() => void sign(r.id)} />
                  {socialCase.status !== 'CLOSED' && (
                    <AssessmentButton
                      socialCase={socialCase}
                      assessment={r}
                      onSaved={setRecorded}
                    />
                  )}
                </>
              ) : (
                translate('resources.socialCases.diary.draft')
              ),
          },
        ]}
      />
    </Box>
  );
}
