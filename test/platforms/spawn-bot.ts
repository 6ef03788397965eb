import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on right now (the OS picks it; released before the bot binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Bot {
  child: ChildProcess;
  port: number;
  /** Everything written to stderr (the JSON log lines) so far. */
  output(): string;
  get(path: string): Promise<{ status: number; text: string }>;
  /** Resolves when GET path answers `status`. */
  waitFor(path: string, status: number, timeoutMs?: number): Promise<void>;
  /** SIGTERM, resolving with the exit code and how long the exit took. */
  stop(): Promise<{ code: number | null; ms: number }>;
}

/**
 * `npm start` (node dist/src/main.js, the compiled build) with only the given environment;
 * `preload` modules first (TypeScript test helpers, loaded through tsx).
 */
export async function spawnBot(env: Record<string, string>, preload: string[] = []): Promise<Bot> {
  const port = await freePort();
  let stderr = '';
  const imports = preload.length > 0 ? ['tsx', ...preload].flatMap((path) => ['--import', path]) : [];
  const child = spawn(process.execPath, [...imports, 'dist/src/main.js'], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const base = `http://127.0.0.1:${port}`;
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, text: await response.text() };
  };
  return {
    child,
    port,
    output: () => stderr,
    get,
    async waitFor(path, status, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      let last = 'no answer';
      while (Date.now() < end) {
        if (child.exitCode !== null) throw new Error(`tripbot exited with ${child.exitCode}:\n${stderr}`);
        try {
          const answer = await get(path);
          if (answer.status === status) return;
          last = `${answer.status} ${answer.text}`;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`GET ${path} never answered ${status} (last: ${last}):\n${stderr}`);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, ms: 0 };
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const code = await exited;
      return { code, ms: Date.now() - started };
    },
  };
}
