import { useNotify, useRedirect } from 'react-admin';
import { useConfigurationChanged } from '../../common/customFields';

/**
 * `mutationOptions` for a configuration form: after a save, every form, page and filter drawn from
 * the configuration reloads it, then react-admin's usual notice and redirect to the list.
 */
export function useSaveConfiguration(resource: string, message: string) {
  const changed = useConfigurationChanged();
  const notify = useNotify();
  const redirect = useRedirect();
  return {
    onSuccess: async () => {
      await changed();
      notify(message, { type: 'info', messageArgs: { smart_count: 1 } });
      redirect('list', resource);
    },
  };
}
