import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Link as MuiLink } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileField, FileInput, required, SelectInput, TextInput } from 'react-admin';
import { useNotify } from 'react-admin';
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
        defaultValues={{ title: '', kind: '' }}
        inputs={['title', 'kind', 'file']}
        onSubmit={async (values) => {
          const file = (values.file as { rawFile?: File } | undefined)?.rawFile;
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
        <FileInput source="file" label={t('file')} validate={required()}>
          <FileField source="src" title="title" />
        </FileInput>
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
