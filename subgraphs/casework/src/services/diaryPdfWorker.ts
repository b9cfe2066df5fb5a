import { parentPort, workerData } from 'node:worker_threads';
import { diaryPdf, type DiaryPrintout, type PrintedEntry } from './diaryPdf';

// The printing thread (diaryPdfThread.ts starts it): lays out one diary, off the event loop that
// answers every comune, and sends the PDF back in chunks, then null.
const { entries, about } = workerData as { entries: PrintedEntry[]; about: DiaryPrintout };
const doc = diaryPdf(entries, about);
doc.on('data', (chunk: Buffer) => parentPort!.postMessage(chunk));
doc.on('end', () => parentPort!.postMessage(null));
