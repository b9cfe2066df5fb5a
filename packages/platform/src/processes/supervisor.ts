import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
