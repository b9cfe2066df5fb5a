import DownloadIcon from '@mui/icons-material/Download';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadWithToken } from '../../common/fileTransfer';

/** Downloads the batch's CSV for the INPS portal (with the session's token). */
export function DownloadExportButton() {
  const record = useRecordContext<{ url: string; fileName: string }>();
  const notify = useNotify();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button
      label="resources.reiInpsExports.download"
      aria-label={`${translate('resources.reiInpsExports.download')} ${record.fileName}`}
      onClick={(event) => {
        event.stopPropagation();
        downloadWithToken(record.url, record.fileName).catch((error: Error) =>
          notify(error.message, { type: 'error' }),
        );
      }}
    >
      <DownloadIcon />
    </Button>
  );
}
