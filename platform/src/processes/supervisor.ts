import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  fchmodSync,
  mkdirSync,
  openSync,
  readFileSync,
  type WriteStream,
} from 'node:fs';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { maskPersonalData } from '@sisa/kernel';
import {
  crashesInARowAfter,
  DEFAULT_RESTART_POLICY,
  restartDelay,
  type RestartPolicy,
} from './restartPolicy';

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

/** Log files hold what services log (pseudonymous ids, error codes): owner and group only. */
export const LOG_FILE_MODE = 0o640;
export const LOG_DIR_MODE = 0o750;

/** One supervised service; `child` is the current process (a new one after each restart). */
export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
}

export type ServiceState = 'running' | 'restarting' | 'stopped';

export interface ServiceStatus {
  state: ServiceState;
  pid: number | null;
  /** How many times it was restarted since the launch. */
  restarts: number;
  /** Crashes since it last stayed up `stableMs` (0 when it never crashed or is stable again). */
  crashesInARow: number;
}

/** What the supervisor tells the launcher when a service dies on its own. */
export interface ServiceCrash {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines of its log. */
  logTail: string;
  crashesInARow: number;
  /** When it will be started again. */
  restartInMs: number;
}

export interface SupervisorOptions {
  restart?: RestartPolicy;
  onCrash?: (crash: ServiceCrash) => void;
  onRestart?: (name: string, restarts: number) => void;
}

interface Supervised {
  proc: ServiceProcess;
  script: string;
  env: NodeJS.ProcessEnv;
  log: WriteStream;
  state: ServiceState;
  startedAt: number;
  restarts: number;
  crashesInARow: number;
  timer: NodeJS.Timeout | null;
  stderr: Transform | null;
}

/**
 * Starts and stops the platform's processes. Each one logs (JSON) to `<logDir>/<name>.log`
 * (mode 640, folder 750). A process that dies on its own is started again after a back-off
 * (1 s doubling to 30 s, counted afresh once it stayed up a minute), so one crashing service never
 * stops the others; each crash and restart is logged in its log and reported to `onCrash` /
 * `onRestart`. `stopAll` stops everything, a service waiting for its restart included.
 */
export class Supervisor {
  private readonly services: Supervised[] = [];
  private readonly policy: RestartPolicy;
  private stopping = false;

  constructor(
    private readonly logDir: string,
    private readonly options: SupervisorOptions = {},
  ) {
    this.policy = options.restart ?? DEFAULT_RESTART_POLICY;
    mkdirSync(logDir, { recursive: true, mode: LOG_DIR_MODE });
    chmodSync(logDir, LOG_DIR_MODE);
  }

  start(name: string, script: string, env: NodeJS.ProcessEnv): ServiceProcess {
    const logFile = join(this.logDir, `${name}.log`);
    const fd = openSync(logFile, 'a', LOG_FILE_MODE);
    // The mode only applies to a new file: one left by an older version may be world-readable.
    fchmodSync(fd, LOG_FILE_MODE);
    const log = createWriteStream(logFile, { fd });
    // A log that cannot be written (disk full…) must not stop the launcher: the service runs on.
    log.on('error', () => undefined);
    const service: Supervised = {
      proc: { name, child: null as unknown as ChildProcess, logFile },
      script,
      env,
      log,
      state: 'running',
      startedAt: 0,
      restarts: 0,
      crashesInARow: 0,
      timer: null,
      stderr: null,
    };
    this.services.push(service);
    this.spawn(service);
    return service.proc;
  }

  /** Each service's state, by name. */
  status(): Record<string, ServiceStatus> {
    return Object.fromEntries(
      this.services.map((s) => [
        s.proc.name,
        {
          state: s.state,
          pid: s.state === 'running' ? (s.proc.child.pid ?? null) : null,
          restarts: s.restarts,
          crashesInARow:
            s.state === 'running' && Date.now() - s.startedAt >= this.policy.stableMs
              ? 0
              : s.crashesInARow,
        },
      ]),
    );
  }

  private spawn(service: Supervised): void {
    const child = spawn(process.execPath, [...serviceNodeFlags(service.env), service.script], {
      env: service.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    service.proc.child = child;
    service.state = 'running';
    service.startedAt = Date.now();
    child.stdout?.pipe(service.log, { end: false });
    // Services log through the kernel's logger, already redacted; what a process prints
    // otherwise (a crash before its logger exists) is masked line by line here.
    service.stderr = child.stderr?.pipe(new PersonalDataMask()) ?? null;
    service.stderr?.pipe(service.log, { end: false });
    let ended = false;
    const onEnd = (code: number | null, signal: NodeJS.Signals | null) => {
      if (ended) return;
      ended = true;
      this.exited(service, code, signal);
    };
    child.once('exit', onEnd);
    // A process that could not be started at all reports 'error' and may never report 'exit'.
    child.once('error', () => onEnd(null, null));
  }

  private exited(service: Supervised, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) {
      service.state = 'stopped';
      return;
    }
    service.crashesInARow = crashesInARowAfter(
      this.policy,
      service.crashesInARow,
      Date.now() - service.startedAt,
    );
    const restartInMs = restartDelay(this.policy, service.crashesInARow);
    service.state = 'restarting';
    this.record(service, 'error', 'process exited unexpectedly; restarting after a pause', {
      code,
      signal,
      crashesInARow: service.crashesInARow,
      restartInMs,
    });
    service.timer = setTimeout(() => {
      service.timer = null;
      if (this.stopping) return;
      service.restarts += 1;
      this.record(service, 'info', 'process restarted', { restarts: service.restarts });
      this.spawn(service);
      this.options.onRestart?.(service.proc.name, service.restarts);
    }, restartInMs);
    this.options.onCrash?.({
      name: service.proc.name,
      code,
      signal,
      logTail: tail(service.proc.logFile),
      crashesInARow: service.crashesInARow,
      restartInMs,
    });
  }

  /** A line of the supervisor's own in the service's log, in the services' JSON shape. */
  private record(
    service: Supervised,
    level: 'info' | 'error',
    msg: string,
    fields: Record<string, unknown>,
  ): void {
    service.log.write(
      `${JSON.stringify({ level, time: new Date().toISOString(), service: 'supervisor', process: service.proc.name, ...fields, msg })}\n`,
    );
  }

  /**
   * Asks every process to stop (SIGTERM), waits for them, kills what is left after `graceMs`;
   * a service waiting for its restart is not started again.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.services].reverse().map(async (service) => {
        if (service.timer) clearTimeout(service.timer);
        service.timer = null;
        const { child } = service.proc;
        if (child.exitCode === null && child.signalCode === null) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          });
        }
        service.state = 'stopped';
        // Its last lines may still be in the pipes after it exited: let them reach the log.
        if (service.proc.child.stdout && !service.proc.child.stdout.readableEnded)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 1000);
            service.proc.child.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
          });
        const stderr = service.stderr;
        if (stderr && !stderr.readableEnded)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 200);
            stderr.once('end', () => {
              clearTimeout(timer);
              resolve();
            });
          });
        service.proc.child.stdout?.unpipe(service.log);
        stderr?.unpipe(service.log);
        await new Promise<void>((resolve) => service.log.end(resolve));
      }),
    );
  }
}

/** Masks personal data (`maskPersonalData`) in a stream of text, one line at a time. */
class PersonalDataMask extends Transform {
  private pending = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const lines = (this.pending + chunk.toString('utf8')).split('\n');
    this.pending = lines.pop() ?? '';
    // A line with no end in sight is let through masked rather than held without limit.
    if (this.pending.length > 64 * 1024) {
      lines.push(this.pending);
      this.pending = '';
    }
    done(null, lines.map((line) => `${maskPersonalData(line)}\n`).join(''));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.pending ? maskPersonalData(this.pending) : '');
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
