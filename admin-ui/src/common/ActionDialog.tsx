import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useFormState } from 'react-hook-form';
import { Form, useTranslate } from 'react-admin';
import { splitContractError } from './contractMessages';

function SubmitButton({ label }: { label: string }) {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <Button
      type="submit"
      variant="contained"
      disabled={isSubmitting}
      startIcon={
        isSubmitting ? (
          <CircularProgress
            size={16}
            color="inherit"
            aria-label={translate('ra.message.loading')}
          />
        ) : undefined
      }
    >
      {translate(label)}
    </Button>
  );
}

export interface ActionDialogProps {
  open: boolean;
  onClose: () => void;
  /** Translation key (or text) of the title and of the confirm button. */
  title: string;
  titleOptions?: Record<string, unknown>;
  submitLabel: string;
  description?: ReactNode;
  defaultValues?: Record<string, unknown>;
  /** Runs the operation; throws the data provider's HttpError when the server refuses. */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  /** Sources of the dialog's inputs: the server's errors on them go under them, others above. */
  inputs?: readonly string[];
  children?: ReactNode;
}

/**
 * A modal form for one operation on a record (record a check, change status, record an outcome):
 * react-admin inputs, the server's field errors under them, any other refusal in an alert with the
 * server's Italian message. Focus moves into the dialog and returns on close (MUI Dialog).
 */
export function ActionDialog({
  open,
  onClose,
  title,
  titleOptions,
  submitLabel,
  description,
  defaultValues,
  onSubmit,
  inputs = [],
  children,
}: ActionDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const [messages, setMessages] = useState<string[]>([]);
  const close = () => {
    setMessages([]);
    onClose();
  };
  const submit = async (values: Record<string, unknown>) => {
    setMessages([]);
    try {
      await onSubmit(values);
      close();
    } catch (error) {
      const split = splitContractError(error, inputs);
      setMessages(split.messages);
      return split.formErrors;
    }
    return undefined;
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {/* A dialog opened from inside another form: its submit must not bubble (through the
          portal, React events follow the component tree) into that form. */}
      <div onSubmit={(event) => event.stopPropagation()}>
        <Form defaultValues={defaultValues} onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate(title, titleOptions)}</DialogTitle>
          <DialogContent>
            {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
            {messages.length > 0 && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {messages.map((message) => (
                  <div key={message}>{translate(message, { _: message })}</div>
                ))}
              </Alert>
            )}
            {children}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <SubmitButton label={submitLabel} />
          </DialogActions>
        </Form>
      </div>
    </Dialog>
  );
}
