import { UserMenu, useGetIdentity, useTranslate } from 'react-admin';

/**
 * react-admin's user menu (with "Esci"), named after the person: its button shows the full name,
 * so its accessible name must contain it too (WCAG 2.5.3, "label in name").
 */
export function IdentityMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = identity?.fullName
    ? translate('app.user_menu', { name: identity.fullName })
    : 'ra.auth.user_menu';
  return <UserMenu label={label} />;
}
