import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, FormHelperText, Link as MuiLink, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  Button,
  InputHelperText,
  required,
  SelectInput,
  TextInput,
  useInput,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { downloadWithToken, uploadWithProgress } from '../../common/fileTransfer';
import { useValueListChoices } from '../../common/useValueListChoices';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleCaseDocumentsDocument } from '../../generated/graphql';
import { formatInstant } from '../../i18n/format';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import type { SocialCaseRecord } from './types';

const KINDS = ['case_document_kinds'] as const;
const t = (key: string) => `resources.socialCases.documents.${key}`;

const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} kB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The upload's address: title, kind and the file's name in the query, the file as the body. */
const uploadUrl = (caseId: string, title: string, kind: string, fileName: string) =>
  `/files/casework/cases/${encodeURIComponent(caseId)}/documents?${new URLSearchParams({ title, kind, fileName })}`;

/** The file, a native labelled file input (`file`: the chosen File). */
function FileChooser() {
  const translate = useTranslate();
  const id = useId();
  const { field, fieldState } = useInput({ source: 'file', validate: required() });
  const error = fieldState.error?.message;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography component="label" htmlFor={id} variant="body2" sx={{ display: 'block', mb: 0.5 }}>
        {`${translate(t('file'))} *`}
      </Typography>
      <input
        id={id}
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.odt,application/pdf,image/*"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => field.onChange(event.target.files?.[0] ?? null)}
      />
      {error && (
        <FormHelperText id={`${id}-error`} error>
          <InputHelperText error={error} />
        </FormHelperText>
      )}
    </Box>
  );
}

/** Carica documento: title, kind and the file; sent with the session's token. */
function UploadButton({ socialCase }: { socialCase: SocialCaseRecord }) {
  const [open, setOpen] = useState(false);
  const lists = useValueListChoices(KINDS);
  const notify = useNotify();
  const queryClient = useQueryClient();
  return (
    <>
      <Button label={t('upload')} onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('upload')}
        submitLabel={t('upload')}
        defaultValues={{ title: '', kind: '', file: null }}
        inputs={['title', 'kind', 'file']}
        onSubmit={async (values) => {
          const file = values.file instanceof File ? values.file : null;
          if (!file) throw new Error(t('noFile'));
          await uploadWithProgress(
            uploadUrl(
              socialCase.id,
              String(values.title ?? ''),
              String(values.kind ?? ''),
              file.name,
            ),
            file,
            () => undefined,
          );
          await queryClient.invalidateQueries({ queryKey: ['socialCases', 'documents'] });
          notify(t('uploaded'), { type: 'success' });
        }}
      >
        <TextInput source="title" label={t('title')} validate={required()} fullWidth />
        <SelectInput
          source="kind"
          label={t('kind')}
          choices={lists.choices('case_document_kinds')}
          isPending={lists.isPending}
          validate={required()}
        />
        <FileChooser />
      </ActionDialog>
    </>
  );
}

/** Documenti: title, kind, size, when; each downloaded with the session's token. */
export function DocumentsTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const graphql = useGraphQL();
  const notify = useNotify();
  const lists = useValueListChoices(KINDS);
  const { data, isPending, error } = useQuery({
    queryKey: ['socialCases', 'documents', socialCase.id],
    queryFn: () =>
      graphql(ConsoleCaseDocumentsDocument, { id: socialCase.id }).then(
        (r) => r.socialCase?.documents ?? [],
      ),
  });
  return (
    <Box sx={{ width: '100%' }}>
      {socialCase.status !== 'CLOSED' && <UploadButton socialCase={socialCase} />}
      <SubjectPartTable
        caption="resources.socialCases.tabs.documents"
        empty="resources.socialCases.documents.empty"
        rows={data}
        isPending={isPending}
        error={error}
        columns={[
          {
            label: t('title'),
            render: (d) => (
              <MuiLink
                href={d.url}
                onClick={(event) => {
                  event.preventDefault();
                  downloadWithToken(d.url, d.fileName).catch((failure: Error) =>
                    notify(failure.message, { type: 'error' }),
                  );
                }}
              >
                {d.title}
              </MuiLink>
            ),
          },
          { label: t('kind'), render: (d) => lists.label('case_document_kinds', d.kind) },
          { label: t('size'), render: (d) => sizeText(d.size) },
          { label: t('uploadedAt'), render: (d) => formatInstant(d.uploadedAt) },
          { label: t('uploadedBy'), render: (d) => d.uploadedBy.fullName },
        ]}
      />
    </Box>
  );
}
