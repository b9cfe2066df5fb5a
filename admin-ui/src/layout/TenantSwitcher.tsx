import ApartmentIcon from '@mui/icons-material/Apartment';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CheckIcon from '@mui/icons-material/Check';
import { Box, Button, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useId, useState, type MouseEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { GatewayError } from '../api/gateway';
import { switchTenantMutation, tenantsQuery } from '../auth/identityApi';
import { hasAnyRole } from '../auth/roles';
import { readSession, writeSession, type SessionTenant } from '../auth/session';

/**
 * The comune the user works in. A platform admin picks it from a menu: `switchTenant` issues a new
 * token for that comune, which replaces the old one in this tab, and the console restarts on the
 * dashboard so nothing loaded for the previous comune stays on screen or in memory.
 */
export function TenantSwitcher() {
  const translate = useTranslate();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [tenants, setTenants] = useState<SessionTenant[] | null>(null);
  const [busy, setBusy] = useState(false);
  const session = readSession();
  if (!session) return null;
  const current = session.user.tenant;
  const label = current?.name ?? translate('app.tenant.none');

  if (!hasAnyRole(session.user.roles, ['PLATFORM_ADMIN'])) {
    return current ? (
      // On a phone the title needs the room: the cruscotto says the comune there.
      <Typography
        variant="body2"
        sx={{ mx: 1, display: { xs: 'none', sm: 'block' } }}
        data-testid="current-tenant"
      >
        {current.name}
      </Typography>
    ) : null;
  }

  const open = async (event: MouseEvent<HTMLElement>) => {
    setAnchor(event.currentTarget);
    if (!tenants) {
      try {
        setTenants(await tenantsQuery());
      } catch (error) {
        notify(error instanceof GatewayError ? error.message : 'app.error.network', {
          type: 'error',
        });
      }
    }
  };

  const choose = async (tenant: SessionTenant) => {
    setAnchor(null);
    if (tenant.id === current?.id) return;
    setBusy(true);
    try {
      // The console restarts on the dashboard (App.tsx), in this tab only: the other tabs keep
      // their comune, so a platform admin can work in two side by side.
      writeSession(await switchTenantMutation(tenant.id));
    } catch (error) {
      setBusy(false);
      notify(error instanceof GatewayError ? error.message : 'app.error.network', {
        type: 'error',
      });
    }
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<ApartmentIcon />}
        endIcon={<ArrowDropDownIcon />}
        onClick={open}
        disabled={busy}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        aria-label={`${translate('app.tenant.switch')}: ${label}`}
        sx={{ textTransform: 'none', mx: { xs: 0, sm: 1 }, minWidth: 0 }}
      >
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {busy ? translate('app.tenant.switching') : label}
        </Box>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {!tenants && (
          <MenuItem disabled>
            <ListItemText primary={translate('ra.page.loading')} />
          </MenuItem>
        )}
        {(tenants ?? []).map((tenant) => (
          <MenuItem
            key={tenant.id}
            selected={tenant.id === current?.id}
            onClick={() => choose(tenant)}
          >
            <ListItemIcon>
              {tenant.id === current?.id ? <CheckIcon fontSize="small" /> : null}
            </ListItemIcon>
            <ListItemText primary={tenant.name} secondary={tenant.code} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
