import { useTranslate } from 'react-admin';
import { formatInstant } from '../../i18n/format';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import type { useCaseAccessLog } from './useCaseAccessLog';

/** Accessi: who read the case's content, when, through which fields. */
export function AccessLogTab({ log }: { log: ReturnType<typeof useCaseAccessLog> }) {
  const translate = useTranslate();
  return (
    <SubjectPartTable
      caption="resources.socialCases.tabs.accesses"
      empty="resources.socialCases.accesses.empty"
      rows={log.data}
      isPending={log.isPending}
      error={log.error}
      columns={[
        { label: 'resources.socialCases.accesses.at', render: (r) => formatInstant(r.at) },
        { label: 'resources.socialCases.accesses.actor', render: (r) => r.actor },
        {
          label: 'resources.socialCases.accesses.what',
          render: (r) =>
            [...r.rootFields, ...r.specialFields].join(', ') ||
            translate('resources.socialCases.accesses.read'),
        },
      ]}
    />
  );
}
