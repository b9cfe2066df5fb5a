import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { scopeLabel } from './scopes';

export function ScopesField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ scopes?: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {(record?.scopes ?? []).map((scope) => (
        <Chip key={scope} size="small" label={scopeLabel(scope, translate)} title={scope} />
      ))}
    </Stack>
  );
}
