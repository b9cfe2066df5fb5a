import DownloadIcon from '@mui/icons-material/Download';
import SendIcon from '@mui/icons-material/Send';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { downloadWithToken } from '../../common/fileTransfer';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleSendToInpsDocument, type ConsoleSendToInpsMutation } from '../../generated/graphql';
import { useAllowed } from '../../auth/useAllowed';

/** The export file for INPS (the applications moved to SENT_TO_INPS). */
type InpsExportFile = ConsoleSendToInpsMutation['export'];

/** The file for INPS is ready: say so and offer the download (with the token, never in a URL). */
function ExportReadyDialog({
  file,
  onClose,
}: {
  file: InpsExportFile | null;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  if (!file) return null;
  const download = () =>
    downloadWithToken(file.url, file.fileName).catch((error: Error) =>
      notify(error.message, { type: 'error' }),
    );
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>
        {translate('resources.reiApplications.action.exportTitle')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('resources.reiApplications.action.exportContent', {
            smart_count: file.applicationCount,
            fileName: file.fileName,
          })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
        <MuiButton variant="contained" startIcon={<DownloadIcon />} onClick={download}>
          {translate('resources.reiApplications.action.downloadExport')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Sends applications to INPS (`sendToInps`): a confirmation, then the export file to download.
 * The server refuses the whole batch when one application may not go (its Italian reason, per
 * protocol number, is shown in the dialog) and changes nothing.
 */
export function SendToInpsButton({
  ids,
  onDone,
  variant = 'text',
  available = true,
}: {
  ids: string[];
  /**
   * False hides the button but keeps the dialogs: on a show page the application stops being
   * sendable as soon as it is sent, and the export dialog must outlive that.
   */
  available?: boolean;
  /** After the export dialog closes (a list unselects its rows then, not before). */
  onDone?: () => void;
  variant?: 'text' | 'contained' | 'outlined';
}) {
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [file, setFile] = useState<InpsExportFile | null>(null);
  const canAccess = useAllowed('reiApplications', 'edit');
  if (!canAccess) return null;
  const send = async () => {
    const { export: sent } = await graphql(ConsoleSendToInpsDocument, { ids });
    await queryClient.invalidateQueries({ queryKey: ['reiApplications'] });
    await queryClient.invalidateQueries({ queryKey: ['reiInpsExports'] });
    notify('resources.reiApplications.action.sendDone', {
      type: 'success',
      messageArgs: { fileName: sent.fileName },
    });
    setFile(sent);
  };
  return (
    <>
      {available && (
        <Button
          label="resources.reiApplications.action.sendToInps"
          onClick={() => setConfirming(true)}
          variant={variant}
          disabled={ids.length === 0}
        >
          <SendIcon />
        </Button>
      )}
      <ActionDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="resources.reiApplications.action.sendTitle"
        titleOptions={{ smart_count: ids.length }}
        submitLabel="resources.reiApplications.action.sendToInps"
        description={<SendDescription />}
        onSubmit={send}
      />
      <ExportReadyDialog
        file={file}
        onClose={() => {
          setFile(null);
          onDone?.();
        }}
      />
    </>
  );
}

function SendDescription() {
  const translate = useTranslate();
  return <>{translate('resources.reiApplications.action.sendContent')}</>;
}

/** The list's bulk action: the selected applications in one file. */
export function SendToInpsBulkButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  return <SendToInpsButton ids={selectedIds.map(String)} onDone={() => onUnselectItems()} />;
}
