import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { ConsoleSubjectCasesDocument } from '../../generated/graphql';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatDay } from '../../i18n/format';
import { CaseStatusChip } from '../socialCases/SocialCaseChips';
import { SubjectPartTable } from './SubjectPartTable';
import { useSubjectPart } from './useSubjectPart';

const AREAS = ['case_areas'] as const;

/**
 * Cartelle sociali (caseworkers, supervisors): the person's cases, the newest first; of those off
 * the caller's équipe only number, status and responsible.
 */
export function SubjectCasesTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const lists = useValueListChoices(AREAS);
  const { data, isPending, error } = useSubjectPart(
    record?.id as string | undefined,
    'socialCases',
    ConsoleSubjectCasesDocument,
    (subject) => subject.socialCases ?? [],
  );
  return (
    <SubjectPartTable
      caption="resources.subjects.tabs.socialCases"
      empty="resources.subjects.empty.socialCases"
      rows={data}
      isPending={isPending}
      error={error}
      columns={[
        {
          label: 'resources.socialCases.fields.number',
          render: (c) => <Link to={`/socialCases/${c.id}/show`}>{c.number}</Link>,
        },
        {
          label: 'resources.socialCases.fields.status',
          render: (c) => <CaseStatusChip status={c.status} />,
        },
        {
          label: 'resources.socialCases.fields.responsible',
          render: (c) => c.responsible.fullName,
        },
        {
          label: 'resources.socialCases.fields.openedAt',
          render: (c) => (c.access === 'EXISTENCE' ? '' : formatDay(c.openedAt)),
        },
        {
          label: 'resources.socialCases.fields.areas',
          render: (c) =>
            c.access === 'EXISTENCE'
              ? translate('resources.subjects.existenceOnly')
              : c.areas.map((code) => lists.label('case_areas', code)).join(', '),
        },
      ]}
    />
  );
}
