import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  useGetResourceLabel,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { useAllowed } from '../auth/useAllowed';

/**
 * An empty list: react-admin's invitation to create, in colours that pass WCAG AA (its own
 * greys the text to 2.6:1 on the page background).
 */
export function EmptyList() {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const getResourceLabel = useGetResourceLabel();
  const { hasCreate } = useResourceDefinition();
  const canCreate = useAllowed(resource, 'create');
  const name = getResourceLabel(resource, 0);
  return (
    <Box sx={{ textAlign: 'center', mt: 6, color: 'text.secondary' }}>
      <InboxIcon sx={{ fontSize: 72 }} />
      <Typography variant="h5" component="p" sx={{ color: 'text.secondary' }}>
        {translate('ra.page.empty', { name })}
      </Typography>
      {hasCreate && canCreate && (
        <>
          <Typography variant="body1" sx={{ color: 'text.secondary', mb: 2 }}>
            {translate('ra.page.invite')}
          </Typography>
          <CreateButton variant="contained" />
        </>
      )}
    </Box>
  );
}
