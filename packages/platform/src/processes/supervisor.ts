import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The old-generation heap budget of a service process, in MB (`SISA_SERVICE_HEAP_MB`). */
export const DEFAULT_SERVICE_HEAP_MB = 512;

/**
 * The node flags of every service process: a heap budget. Without one V8 sizes the heap from the
 * machine's memory and lets the old generation grow to about four times what is live before it
 * collects: a SIUSS service whose live heap stays near 50 MB through a bulk import or transmission
 * then peaks near 350 MB. With a budget it collects sooner and peaks near 200 MB (bench/README),
 * for one or two µs more CPU per record. `SISA_SERVICE_HEAP_MB` sets another budget (a larger
 * server, a leak hunt); 0 leaves V8's default.
 */
export function serviceNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const value = env.SISA_SERVICE_HEAP_MB?.trim() || String(DEFAULT_SERVICE_HEAP_MB);
  if (!/^\d+$/.test(value))
    throw new Error(`SISA_SERVICE_HEAP_MB: atteso un numero intero di MB, non "${value}"`);
  return Number(value) > 0 ? [`--max-old-space-size=${Number(value)}`] : [];
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/**
 * Starts and stops the platform's processes. Each one logs (JSON) to `<logDir>/<name>.log`; if
 * one dies unexpectedly, `onCrash` is called with its name and the tail of its log.
 */
export class Supervisor {
  private readonly processes: ServiceProcess[] = [];
  private stopping = false;

  constructor(
    private readonly logDir: string,
    private readonly onCrash: (name: string, code: number | null, logTail: string) => void,
  ) {
    mkdirSync(logDir, { recursive: true });
  }

  start(name: string, script: string, env: NodeJS.ProcessEnv): ServiceProcess {
    const logFile = join(this.logDir, `${name}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, [...serviceNodeFlags(env), script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    child.on('exit', (code) => {
      log.end();
      if (!this.stopping) this.onCrash(name, code, tail(logFile));
    });
    const proc = { name, child, logFile };
    this.processes.push(proc);
    return proc;
  }

  /** Asks every process to stop (SIGTERM), waits for them, kills what is left after `graceMs`. */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.processes.reverse().map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
