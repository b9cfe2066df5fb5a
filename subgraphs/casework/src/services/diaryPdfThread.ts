import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { RateLimitedError } from '@sisa/kernel';
import type { DiaryPrintout, PrintedEntry } from './diaryPdf';

/** Printouts laid out at once by one process; more are refused until one ends. */
export const DIARY_PRINTS_AT_ONCE = 2;
/** The heap of one printing thread: a printout that needs more fails alone. */
const PRINT_HEAP_MB = 256;

const WORKER = join(__dirname, `diaryPdfWorker${extname(__filename)}`);

/** The thread; from the sources (tests, development) it compiles TypeScript as this process does. */
function printingThread(options: WorkerOptions): Worker {
  return extname(__filename) === '.ts'
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, {
        ...options,
        eval: true,
      })
    : new Worker(WORKER, options);
}

let running = 0;

/**
 * The diary's PDF, laid out in a thread of its own: a long printout (pdfkit works synchronously,
 * seconds for a thousand pages) never holds the event loop that serves the other requests, and its
 * memory is bounded. At most DIARY_PRINTS_AT_ONCE at a time: beyond, RATE_LIMITED (429).
 */
export function printDiaryInThread(
  entries: readonly PrintedEntry[],
  about: DiaryPrintout,
): Readable {
  if (running >= DIARY_PRINTS_AT_ONCE)
    throw new RateLimitedError(
      'Sono in corso altre stampe del diario: riprovare tra qualche secondo',
      5,
    );
  running++;
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      running--;
    }
  };
  const worker = printingThread({
    workerData: { entries, about },
    resourceLimits: { maxOldGenerationSizeMb: PRINT_HEAP_MB },
  });
  const pdf = new Readable({ read() {} });
  // Every byte arrived (the reader may still be reading them when the thread exits).
  let complete = false;
  worker.on('message', (chunk: Uint8Array | null) => {
    if (chunk) {
      pdf.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      return;
    }
    complete = true;
    pdf.push(null);
    end();
    void worker.terminate();
  });
  worker.on('error', (error) => {
    end();
    pdf.destroy(error);
  });
  worker.on('exit', (code) => {
    end();
    if (!complete && !pdf.destroyed)
      pdf.destroy(new Error(`Stampa del diario interrotta (codice ${code})`));
  });
  // The client went away: the thread stops too.
  pdf.on('close', () => {
    if (!ended) void worker.terminate();
  });
  return pdf;
}
