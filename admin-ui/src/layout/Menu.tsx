import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { Menu as RaMenu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { MENU_SECTIONS } from './menuSections';

function MenuSection({ label, resources }: { label: string; resources: string[] }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const headingId = useId();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources });
  if (isPending || !resources.some((resource) => canAccess?.[resource])) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography
        id={headingId}
        component="h2"
        variant="overline"
        sx={{
          px: 2,
          pt: 2,
          display: 'block',
          color: 'text.secondary',
          ...(open ? {} : { position: 'absolute', left: -10000 }),
        }}
      >
        {translate(label)}
      </Typography>
      <RaMenu aria-labelledby={headingId}>
        {resources.map((name) => (
          <RaMenu.ResourceItem key={name} name={name} />
        ))}
      </RaMenu>
    </Box>
  );
}

/**
 * The sidebar: the dashboard, then one list per section. Each list is a MUI MenuList, so Tab moves
 * between sections and the arrow keys within one; every item reuses its resource's icon.
 */
export function Menu() {
  const translate = useTranslate();
  return (
    <Box component="nav" aria-label={translate('app.menu.label')}>
      <RaMenu>
        <RaMenu.DashboardItem />
      </RaMenu>
      {MENU_SECTIONS.map((section) => (
        <MenuSection key={section.label} {...section} />
      ))}
    </Box>
  );
}
