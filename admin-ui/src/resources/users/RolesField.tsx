import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The user's roles as chips with their Italian names. */
export function RolesField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ roles?: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {(record?.roles ?? []).map((role) => (
        <Chip key={role} size="small" label={translate(`app.roles.${role}`)} />
      ))}
    </Stack>
  );
}
