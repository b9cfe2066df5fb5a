import PDFDocument from 'pdfkit';
import { formatItalianDate } from '@sisa/italia';
import type { DiaryEntry } from '../entities/diaryEntry.entity';

/** What a printout shows of an entry (plain data: it crosses into the printing thread). */
export type PrintedEntry = Pick<
  DiaryEntry,
  | 'id'
  | 'occurredAt'
  | 'kind'
  | 'text'
  | 'authorName'
  | 'signedAt'
  | 'confidentiality'
  | 'participants'
  | 'amendsId'
>;

const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const ROME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** What the printout says about itself. */
export interface DiaryPrintout {
  caseNumber: string;
  from: string | null;
  to: string | null;
  printedBy: string;
  printedAt: Date;
  /** The labels of diary kind codes (the comune's `diary_kinds`). */
  kindLabels: Readonly<Record<string, string>>;
}

/**
 * The diario sociale of a case for a period, as a PDF stream: each entry with its date-time, kind,
 * author, participants, confidentiality and signature, and its text exactly as typed (an embedded
 * Unicode font, so every letter prints). Pages are numbered; the header says who printed it, when.
 */
export function diaryPdf(
  entries: readonly PrintedEntry[],
  about: DiaryPrintout,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { Title: `Diario sociale ${about.caseNumber}`, Creator: 'SISA' },
  });
  doc.registerFont('text', FONT);
  doc.registerFont('bold', BOLD);
  const period =
    about.from || about.to
      ? `dal ${about.from ? formatItalianDate(about.from) : 'inizio'} al ${about.to ? formatItalianDate(about.to) : 'oggi'}`
      : 'intero';
  doc.font('bold').fontSize(16).text(`Diario sociale — cartella ${about.caseNumber}`);
  doc
    .font('text')
    .fontSize(9)
    .fillColor('#444')
    .text(`Periodo ${period}. Stampato da ${about.printedBy} il ${ROME.format(about.printedAt)}.`)
    .moveDown();
  if (!entries.length)
    doc.fillColor('black').fontSize(11).text('Nessuna annotazione firmata nel periodo.');
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries) {
    doc.fillColor('black').font('bold').fontSize(11);
    doc.text(`${ROME.format(entry.occurredAt)} — ${about.kindLabels[entry.kind] ?? entry.kind}`);
    doc.font('text').fontSize(9).fillColor('#444');
    const facts = [
      `Autore: ${entry.authorName}`,
      entry.signedAt ? `firmata il ${ROME.format(entry.signedAt)}` : 'bozza',
      ...(entry.confidentiality === 'RESTRICTED' ? ['RISERVATA'] : []),
    ];
    doc.text(facts.join(' · '));
    if (entry.participants.length) doc.text(`Presenti: ${entry.participants.join(', ')}`);
    if (entry.amendsId) {
      const amended = byId.get(entry.amendsId);
      doc.text(
        amended
          ? `Rettifica l’annotazione del ${ROME.format(amended.occurredAt)}`
          : 'Rettifica un’annotazione precedente',
      );
    }
    doc.fillColor('black').fontSize(10).text(entry.text, { paragraphGap: 2 }).moveDown();
  }
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Written in the bottom margin: without it, pdfkit would start a page for the footer.
    doc.page.margins.bottom = 0;
    doc
      .font('text')
      .fontSize(8)
      .fillColor('#666')
      .text(`${about.caseNumber} — pagina ${i + 1} di ${pages.count}`, 56, doc.page.height - 40, {
        lineBreak: false,
      });
  }
  doc.end();
  return doc;
}
