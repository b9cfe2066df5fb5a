import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/** Copies `value` to the clipboard; the label names what is copied, for screen readers. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      notify('app.action.copied', { type: 'success' });
    } catch {
      notify('app.action.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Button
      variant="outlined"
      startIcon={<ContentCopyIcon />}
      onClick={copy}
      aria-label={`${translate('app.action.copy')}: ${label}`}
    >
      {translate('app.action.copy')}
    </Button>
  );
}
