import AddIcon from '@mui/icons-material/Add';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { errorText } from '../../common/errorText';
import { downloadWithToken } from '../../common/fileTransfer';
import { StatusChip } from '../../common/StatusChip';
import { useValueListChoices } from '../../common/useValueListChoices';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  ConsoleAmendDiaryEntryDocument,
  ConsoleCaseDiaryDocument,
  ConsoleSignDiaryEntryDocument,
  ConsoleUpdateDiaryEntryDocument,
  ConsoleWriteDiaryEntryDocument,
  type DiaryEntryInput,
} from '../../generated/graphql';
import { formatInstant } from '../../i18n/format';
import { DiaryEntryDialog } from './DiaryEntryDialog';
import { currentUserId, type DiaryEntry, type SocialCaseRecord } from './types';

const KINDS = ['diary_kinds'] as const;
const d = (key: string) => `resources.socialCases.diary.${key}`;

type Dialog = { mode: 'new' } | { mode: 'edit' | 'amend'; entry: DiaryEntry } | null;

/** One entry: when, kind, author, text; a draft's or a signed entry's actions. */
function EntryCard({
  entry,
  onEdit,
  onSign,
  onAmend,
}: {
  entry: DiaryEntry;
  onEdit: () => void;
  onSign: () => void;
  onAmend: () => void;
}) {
  const translate = useTranslate();
  const lists = useValueListChoices(KINDS);
  const mine = entry.author.id === currentUserId();
  return (
    <Card
      component="article"
      variant="outlined"
      sx={{ mb: 1.5 }}
      aria-label={formatInstant(entry.occurredAt)}
    >
      <CardContent>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
          <Typography component="h3" variant="subtitle1">
            {`${formatInstant(entry.occurredAt)} · ${lists.label('diary_kinds', entry.kind)}`}
          </Typography>
          {entry.signedAt ? (
            <Typography variant="caption">
              {translate(d('signedAt'), { at: formatInstant(entry.signedAt) })}
            </Typography>
          ) : (
            <StatusChip label={translate(d('draft'))} tone="warning" />
          )}
          {entry.confidentiality === 'RESTRICTED' && (
            <StatusChip label={translate(d('restrictedChip'))} tone="danger" />
          )}
          {entry.amends && (
            <Typography variant="caption">
              {translate(d('amends'), { at: formatInstant(entry.amends.occurredAt) })}
            </Typography>
          )}
        </Box>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {entry.text}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {[
            translate(d('author'), { name: entry.author.fullName }),
            entry.participants.length
              ? translate(d('present'), { names: entry.participants.join(', ') })
              : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        <Box sx={{ mt: 1, display: 'flex', gap: 1 }}>
          {!entry.signedAt && mine && <Button label={d('edit')} onClick={onEdit} />}
          {!entry.signedAt && mine && <Button label={d('sign')} onClick={onSign} />}
          {entry.signedAt && <Button label={d('amend')} onClick={onAmend} />}
        </Box>
      </CardContent>
    </Card>
  );
}

/**
 * Diario: the newest first, searched by words and kind; a new entry is a draft, edited and signed
 * by its author only; a signed entry never changes and is amended by a new draft.
 */
export function DiaryTab({ socialCase }: { socialCase: SocialCaseRecord }) {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const lists = useValueListChoices(KINDS);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const key = ['socialCases', 'diary', socialCase.id];
  const { data, isPending, error } = useQuery({
    queryKey: [...key, q, kind],
    queryFn: () =>
      graphql(ConsoleCaseDiaryDocument, {
        id: socialCase.id,
        filter: { q: q.trim() || null, kind: kind || null },
        perPage: 100,
      }).then((result) => result.socialCase?.diary.items ?? []),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const save = async (input: DiaryEntryInput) => {
    if (dialog?.mode === 'edit')
      await graphql(ConsoleUpdateDiaryEntryDocument, { id: dialog.entry.id, input });
    else if (dialog?.mode === 'amend')
      await graphql(ConsoleAmendDiaryEntryDocument, { id: dialog.entry.id, input });
    else await graphql(ConsoleWriteDiaryEntryDocument, { caseId: socialCase.id, input });
    await refresh();
  };
  const sign = async (entry: DiaryEntry) => {
    try {
      await graphql(ConsoleSignDiaryEntryDocument, { id: entry.id });
      notify(d('signDone'), { type: 'success' });
      await refresh();
    } catch (failure) {
      notify((failure as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <TextField
          label={translate(d('search'))}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          size="small"
          type="search"
        />
        <TextField
          select
          label={translate(d('kind'))}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          size="small"
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate(d('allKinds'))}</MenuItem>
          {lists.choices('diary_kinds').map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
        {socialCase.status !== 'CLOSED' && (
          <Button label={d('new')} onClick={() => setDialog({ mode: 'new' })} variant="contained">
            <AddIcon />
          </Button>
        )}
        <Button
          label={d('print')}
          onClick={() =>
            downloadWithToken(
              `/files/casework/cases/${socialCase.id}/diary.pdf`,
              'diario.pdf',
            ).catch((failure: Error) => notify(errorText(failure, translate), { type: 'error' }))
          }
        >
          <PrintIcon />
        </Button>
      </Box>
      {isPending ? (
        <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
      ) : error ? (
        <Alert severity="warning">{errorText(error, translate)}</Alert>
      ) : !data?.length ? (
        <Alert severity="info">{translate(d('empty'))}</Alert>
      ) : (
        data.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            onEdit={() => setDialog({ mode: 'edit', entry })}
            onSign={() => void sign(entry)}
            onAmend={() => setDialog({ mode: 'amend', entry })}
          />
        ))
      )}
      <DiaryEntryDialog
        key={dialog ? `${dialog.mode}-${'entry' in dialog ? dialog.entry.id : ''}` : 'closed'}
        open={dialog !== null}
        onClose={() => setDialog(null)}
        title={d(
          dialog?.mode === 'edit'
            ? 'editTitle'
            : dialog?.mode === 'amend'
              ? 'amendTitle'
              : 'newTitle',
        )}
        entry={dialog && 'entry' in dialog ? dialog.entry : undefined}
        onSave={save}
      />
    </Box>
  );
}
