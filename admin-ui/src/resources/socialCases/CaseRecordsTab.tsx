import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Box } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DateInput, required, SelectInput, TextInput, useNotify } from 'react-admin';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { useValueListChoices } from '../../common/useValueListChoices';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  ConsoleCaseRecordsDocument,
  ConsoleSaveCaseProblemDocument,
  ConsoleSaveCaseResourceDocument,
  type CaseProblemRowFragment,
  type CaseResourceRowFragment,
  type CaseScope,
} from '../../generated/graphql';
import { formatDay } from '../../i18n/format';
import { SubjectPicker } from '../referrals/SubjectPicker';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import type { SocialCaseRecord } from './types';

const LISTS = ['case_problems', 'case_resources'] as const;
const SCOPES = ['HOUSEHOLD', 'MEMBER', 'ENVIRONMENT'] as const;
const p = (key: string) => `resources.socialCases.records.${key}`;
const blank = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

type Kind = 'problem' | 'resource';
type Member = { firstName: string; lastName: string } | null | undefined;
const memberName = (member: Member) => (member ? `${member.lastName} ${member.firstName}` : '');

type SavedRecord = Partial<CaseProblemRowFragment> & CaseResourceRowFragment;

/**
 * Aggiungi problematica / risorsa, or Modifica one (`record`): scope, member (for MEMBER), code
 * from its list, description; for problems since when and when resolved. Only what the form
 * holds is sent; an edit names the record's id.
 */
function RecordButton({
  socialCase,
  kind,
  record,
}: {
  socialCase: SocialCaseRecord;
  kind: Kind;
  record?: SavedRecord;
}) {
  const [open, setOpen] = useState(false);
  const graphql = useGraphQL();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const lists = useValueListChoices(LISTS);
  const list = kind === 'problem' ? 'case_problems' : 'case_resources';
  const title = record ? p(`edit_${kind}`) : p(`add_${kind}`);
  return (
    <>
      {record ? (
        <Button
          label="ra.action.edit"
          aria-label={`${record ? (lists.label(list, record.code) ?? record.code) : ''}: modifica`}
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
          record
            ? {
                scope: record.scope,
                memberId: record.member?.id ?? null,
                code: record.code,
                description: record.description ?? '',
                since: record.since ?? null,
                resolvedAt: record.resolvedAt ?? null,
              }
            : { scope: 'HOUSEHOLD', code: '', description: '' }
        }
        inputs={['scope', 'memberId', 'code', 'description', 'since', 'resolvedAt']}
        onSubmit={async (values) => {
          const common = {
            ...(record ? { id: record.id } : {}),
            scope: values.scope as CaseScope,
            memberId: blank(values.memberId),
            code: String(values.code ?? ''),
            description: blank(values.description),
          };
          if (kind === 'problem')
            await graphql(ConsoleSaveCaseProblemDocument, {
              caseId: socialCase.id,
              input: {
                ...common,
                since: blank(values.since),
                resolvedAt: blank(values.resolvedAt),
              },
            });
          else
            await graphql(ConsoleSaveCaseResourceDocument, {
              caseId: socialCase.id,
              input: common,
            });
          await queryClient.invalidateQueries({ queryKey: ['socialCases', 'records'] });
          notify(p('saved'), { type: 'success' });
        }}
      >
        <SelectInput
          source="scope"
          label={p('scope')}
          choices={SCOPES.map((id) => ({ id, name: `resources.socialCases.scope.${id}` }))}
          validate={required()}
        />
        <SubjectPicker source="memberId" label={p('member')} />
        <SelectInput
          source="code"
          label={p(kind)}
          choices={lists.choices(list)}
          isPending={lists.isPending}
          validate={required()}
        />
        <TextInput source="description" label={p('description')} multiline fullWidth />
        {kind === 'problem' && <DateInput source="since" label={p('since')} />}
        {kind === 'problem' && <DateInput source="resolvedAt" label={p('resolvedAt')} />}
      </ActionDialog>
    </>
  );
}

/** Problematiche e risorse of the case, each with its scope; added and changed by the équipe. */
export function CaseRecordsTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const lists = useValueListChoices(LISTS);
  const { data, isPending, error } = useQuery({
    queryKey: ['socialCases', 'records', socialCase.id],
    queryFn: () =>
      graphql(ConsoleCaseRecordsDocument, { id: socialCase.id }).then((r) => r.socialCase),
  });
  const scope = (value: string, member: Member) =>
    [translate(`resources.socialCases.scope.${value}`), memberName(member)]
      .filter(Boolean)
      .join(': ');
  const writable = socialCase.status !== 'CLOSED';
  return (
    <Box sx={{ width: '100%', display: 'grid', gap: 3 }}>
      <Box>
        {writable && <RecordButton socialCase={socialCase} kind="problem" />}
        <SubjectPartTable
          caption="resources.socialCases.records.problems"
          empty="resources.socialCases.records.noProblems"
          rows={data?.problems}
          isPending={isPending}
          error={error}
          columns={[
            { label: p('problem'), render: (r) => lists.label('case_problems', r.code) },
            { label: p('scope'), render: (r) => scope(r.scope, r.member) },
            { label: p('description'), render: (r) => r.description ?? '' },
            { label: p('since'), render: (r) => formatDay(r.since) },
            { label: p('resolvedAt'), render: (r) => formatDay(r.resolvedAt) },
            ...(writable
              ? [
                  {
                    label: p('actions'),
                    render: (r: CaseProblemRowFragment) => (
                      <RecordButton socialCase={socialCase} kind="problem" record={r} />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Box>
      <Box>
        {writable && <RecordButton socialCase={socialCase} kind="resource" />}
        <SubjectPartTable
          caption="resources.socialCases.records.resources"
          empty="resources.socialCases.records.noResources"
          rows={data?.resources}
          isPending={isPending}
          error={error}
          columns={[
            { label: p('resource'), render: (r) => lists.label('case_resources', r.code) },
            { label: p('scope'), render: (r) => scope(r.scope, r.member) },
            { label: p('description'), render: (r) => r.description ?? '' },
            ...(writable
              ? [
                  {
                    label: p('actions'),
                    render: (r: CaseResourceRowFragment) => (
                      <RecordButton socialCase={socialCase} kind="resource" record={r} />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Box>
    </Box>
  );
}
