import type { FieldError } from '@sisa/kernel';

/**
 * The diario sociale: dated entries. A draft belongs to its author, who may change it; signing
 * makes it immutable; a signed entry is corrected only by a new entry that amends it (and is
 * itself a draft until signed).
 */
export const DIARY_CONFIDENTIALITIES = ['NORMAL', 'RESTRICTED'] as const;
export type DiaryConfidentiality = (typeof DIARY_CONFIDENTIALITIES)[number];

export const DIARY_TEXT_MAX = 20_000;
export const DIARY_PARTICIPANTS_MAX = 50;
export const DIARY_PARTICIPANT_MAX = 200;
/** How far in the future an entry may be dated (clocks differ; a visit is not written ahead). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface DiaryEntryInput {
  occurredAt: string;
  kind: string;
  text: string;
  confidentiality?: DiaryConfidentiality | null;
  participants?: readonly string[] | null;
}

/** Field errors of an entry's input (paths `input.x`); `kinds` are the tenant's `diary_kinds` codes. */
export function diaryEntryErrors(
  input: DiaryEntryInput,
  kinds: ReadonlySet<string>,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  const at = Date.parse(input.occurredAt);
  if (Number.isNaN(at))
    errors.push({ field: 'input.occurredAt', message: 'Data e ora non valide' });
  else if (at > now.getTime() + FUTURE_TOLERANCE_MS)
    errors.push({
      field: 'input.occurredAt',
      message: 'Un fatto del diario non può essere futuro',
    });
  if (!kinds.has(input.kind))
    errors.push({ field: 'input.kind', message: `Tipo di annotazione sconosciuto: ${input.kind}` });
  const text = input.text.trim();
  if (!text) errors.push({ field: 'input.text', message: 'Il testo è obbligatorio' });
  else if (input.text.length > DIARY_TEXT_MAX)
    errors.push({
      field: 'input.text',
      message: `Il testo può avere al massimo ${DIARY_TEXT_MAX.toLocaleString('it-IT')} caratteri`,
    });
  const participants = input.participants ?? [];
  if (participants.length > DIARY_PARTICIPANTS_MAX)
    errors.push({
      field: 'input.participants',
      message: `Al massimo ${DIARY_PARTICIPANTS_MAX} partecipanti`,
    });
  else
    participants.forEach((p, i) => {
      if (!p.trim())
        errors.push({ field: `input.participants[${i}]`, message: 'Partecipante vuoto' });
      else if (p.length > DIARY_PARTICIPANT_MAX)
        errors.push({
          field: `input.participants[${i}]`,
          message: `Al massimo ${DIARY_PARTICIPANT_MAX} caratteri`,
        });
    });
  return errors;
}

export interface DiaryEntryState {
  authorId: string;
  signedAt: string | null;
}

/** Why `userId` may not change (or sign) this entry, in Italian; null when they may. */
export function draftChangeRefusal(entry: DiaryEntryState, userId: string): string | null {
  if (entry.signedAt !== null)
    return 'Un’annotazione firmata non si modifica: si può solo rettificare con una nuova annotazione';
  if (entry.authorId !== userId) return 'Solo l’autore può modificare o firmare una bozza';
  return null;
}

/** Why this entry may not be amended, in Italian; null when it may. */
export function amendmentRefusal(entry: DiaryEntryState): string | null {
  return entry.signedAt === null
    ? 'Si rettificano solo le annotazioni firmate: una bozza si modifica direttamente'
    : null;
}
