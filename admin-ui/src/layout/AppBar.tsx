import { Box } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { IdentityMenu } from './IdentityMenu';
import { TenantSwitcher } from './TenantSwitcher';

export function AppBar() {
  return (
    <RaAppBar color="primary" userMenu={<IdentityMenu />}>
      <TitlePortal />
      <Box sx={{ flex: 1 }} />
      <TenantSwitcher />
    </RaAppBar>
  );
}
