import GroupsIcon from '@mui/icons-material/Groups';
import { useState } from 'react';
import {
  ArrayInput,
  Button,
  DateInput,
  required,
  SelectInput,
  SimpleFormIterator,
  useNotify,
} from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { todayInItaly } from '../../common/today';
import { ConsoleSetCaseTeamDocument, type CaseTeamRole } from '../../generated/graphql';
import type { SocialCaseRecord } from './types';
import { useCaseOperation } from './useCaseOperation';
import { useCaseworkers } from './useCaseworkers';

const ROLES = ['RESPONSIBLE', 'MEMBER', 'CONSULTANT'] as const;
const a = (key: string) => `resources.socialCases.action.${key}`;
const f = (key: string) => `resources.socialCases.fields.${key}`;

interface MemberValues {
  userId?: string;
  role?: CaseTeamRole;
  since?: string;
  until?: string | null;
}

/** Modifica équipe: the whole team with roles and dates (who left too); one responsible today. */
export function TeamButton({ socialCase }: { socialCase: SocialCaseRecord }) {
  const [open, setOpen] = useState(false);
  const run = useCaseOperation();
  const notify = useNotify();
  const caseworkers = useCaseworkers();
  return (
    <>
      <Button label={a('team')} onClick={() => setOpen(true)}>
        <GroupsIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a('team')}
        submitLabel="ra.action.save"
        defaultValues={{
          members: socialCase.team.map((m) => ({
            userId: m.user.id,
            role: m.role,
            since: m.since,
            until: m.until ?? null,
          })),
        }}
        inputs={['members']}
        onSubmit={async (values) => {
          const members = ((values.members as MemberValues[] | undefined) ?? []).map((m) => ({
            userId: m.userId ?? '',
            role: m.role ?? 'MEMBER',
            since: m.since || todayInItaly(),
            until: m.until || null,
          }));
          await run(ConsoleSetCaseTeamDocument, {
            id: socialCase.id,
            members,
            expectedVersion: socialCase.version,
          });
          notify(a('teamDone'), { type: 'success' });
        }}
      >
        <ArrayInput source="members" label={f('team')}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput
              source="userId"
              label={f('member')}
              choices={caseworkers.choices}
              isPending={caseworkers.isPending}
              validate={required()}
            />
            <SelectInput
              source="role"
              label={f('role')}
              choices={ROLES.map((id) => ({ id, name: `resources.socialCases.role.${id}` }))}
              validate={required()}
            />
            <DateInput source="since" label={f('since')} validate={required()} />
            <DateInput source="until" label={f('until')} />
          </SimpleFormIterator>
        </ArrayInput>
      </ActionDialog>
    </>
  );
}
