import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Section } from '../../common/Section';
import { formatDay } from '../../i18n/format';
import { TeamButton } from './TeamButton';
import { directsCase, type SocialCaseRecord } from './types';

const f = (key: string) => `resources.socialCases.fields.${key}`;

/** Équipe: who is and was on the case, with their role and dates; changed by who directs it. */
export function CaseTeamTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const translate = useTranslate();
  return (
    <Section
      title="resources.socialCases.section.team"
      actions={
        directsCase(socialCase) && socialCase.status !== 'CLOSED' ? (
          <TeamButton socialCase={socialCase} />
        ) : undefined
      }
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate(f('member'))}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate(f('role'))}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate(f('since'))}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate(f('until'))}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {socialCase.team.map((member) => (
            <TableRow key={`${member.user.id}-${member.since}`}>
              <TableCell>{member.user.fullName}</TableCell>
              <TableCell>{translate(`resources.socialCases.role.${member.role}`)}</TableCell>
              <TableCell>{formatDay(member.since)}</TableCell>
              <TableCell>{formatDay(member.until) || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
