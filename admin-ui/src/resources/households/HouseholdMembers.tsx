import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { IconButton, Link, Tooltip } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router-dom';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { formatDay } from '../../i18n/format';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import { RemoveHouseholdMemberDocument } from '../../generated/graphql';
import type { HouseholdMemberRecord, HouseholdRecord } from './householdTypes';
import { useRelationshipLabel } from './useRelationshipLabel';
import { useAllowed } from '../../auth/useAllowed';

/** The current members, each linked to its subject; caseworkers can record a member leaving. */
export function HouseholdMembers() {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const relationship = useRelationshipLabel();
  const canWrite = useAllowed('households', 'edit');
  const remove = useMutation({
    mutationFn: (subjectId: string) =>
      graphql(RemoveHouseholdMemberDocument, { householdId: household?.id ?? '', subjectId }),
    onSuccess: () => {
      notify('resources.households.member.removed', { type: 'success' });
      return queryClient.invalidateQueries({ queryKey: ['households'] });
    },
    onError: (error) => notify((error as Error).message, { type: 'error' }),
  });
  const name = (m: HouseholdMemberRecord) => `${m.subject.lastName} ${m.subject.firstName}`;
  return (
    <SubjectPartTable<HouseholdMemberRecord>
      caption="resources.households.fields.members"
      empty="resources.households.member.none"
      rows={household?.members}
      isPending={!household}
      error={null}
      columns={[
        {
          label: 'resources.subjects.fields.lastName',
          render: (m) => (
            <Link component={RouterLink} to={`/subjects/${m.subject.id}/show`}>
              {name(m)}
            </Link>
          ),
        },
        { label: 'resources.subjects.fields.fiscalCode', render: (m) => m.subject.fiscalCode },
        {
          label: 'resources.households.fields.relationship',
          render: (m) => relationship(m.relationship),
        },
        { label: 'resources.households.fields.since', render: (m) => formatDay(m.since) },
        ...(canWrite
          ? [
              {
                label: 'app.action.actions',
                render: (m: HouseholdMemberRecord) => (
                  <Tooltip
                    title={translate('resources.households.member.remove', { name: name(m) })}
                  >
                    <IconButton
                      aria-label={translate('resources.households.member.remove', {
                        name: name(m),
                      })}
                      onClick={() => remove.mutate(m.subject.id)}
                      disabled={remove.isPending}
                    >
                      <PersonRemoveIcon />
                    </IconButton>
                  </Tooltip>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
