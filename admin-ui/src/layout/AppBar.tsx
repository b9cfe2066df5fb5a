import { Box } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { IdentityMenu } from './IdentityMenu';
import { TenantSwitcher } from './TenantSwitcher';

// On a phone the title may take two lines rather than lose its end ("Sogge…").
const titleSx = {
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
  overflowWrap: 'anywhere',
  fontSize: { xs: '1.05rem', sm: undefined },
  lineHeight: { xs: 1.25, sm: undefined },
  py: { xs: 0.5, sm: 0 },
} as const;

export function AppBar() {
  return (
    <RaAppBar color="primary" userMenu={<IdentityMenu />}>
      {/* The page's title is its one h1: every page sets it with react-admin's <Title>. */}
      <TitlePortal component="h1" sx={titleSx} />
      <Box sx={{ flex: 1, display: { xs: 'none', sm: 'block' } }} />
      <TenantSwitcher />
    </RaAppBar>
  );
}
