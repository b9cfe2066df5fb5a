import { Box } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { IdentityMenu } from './IdentityMenu';
import { TenantSwitcher } from './TenantSwitcher';

export function AppBar() {
  return (
    <RaAppBar color="primary" userMenu={<IdentityMenu />}>
      {/* The page's title is its one h1: every page sets it with react-admin's <Title>. */}
      <TitlePortal component="h1" />
      <Box sx={{ flex: 1 }} />
      <TenantSwitcher />
    </RaAppBar>
  );
}
