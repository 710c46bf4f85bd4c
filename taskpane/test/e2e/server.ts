/**
 * Starts the real outline server for the end-to-end tests, on a free port with a throw-away SQLite
 * database, and stops it afterwards.
 *
 * By default it runs `dotnet run --project server`; set OUTLINE_SERVER_DLL to a built
 * OutlineAddin.Server.dll to skip the build (CI builds the server once for all test suites).
 *
 * Every run has its own random server admin token (Auth:AdminToken), which tests use to create users.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverProject = resolve(dirname(fileURLToPath(import.meta.url)), '../../../server');
const startTimeoutMs = 180_000;

export interface RunningServer {
  baseUrl: string;
  /** The server admin token of this run: it may only create users (POST /api/users). */
  adminToken: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealthy(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`server not healthy after ${startTimeoutMs / 1000} s:\n${log()}`);
}

export interface ServerOptions {
  /** More configuration, as environment variables (Auth__ClientId=…). */
  environment?: Record<string, string>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDirectory = mkdtempSync(join(tmpdir(), 'outline-e2e-'));
  const adminToken = `e2e-admin-${randomBytes(24).toString('base64url')}`;
  const dll = process.env.OUTLINE_SERVER_DLL;
  const [command, args] = dll ? ['dotnet', [dll, '--urls', baseUrl]] : ['dotnet', ['run', '--project', serverProject, '--no-launch-profile', '--urls', baseUrl]];
  const child = spawn(command, args, {
    // The content root is server/: the taskpane's dist is found from there (../taskpane/dist).
    cwd: serverProject,
    env: {
      ...process.env,
      ConnectionStrings__Outline: `Data Source=${join(dataDirectory, 'e2e.db')}`,
      Auth__AdminToken: adminToken,
      DOTNET_NOLOGO: '1',
      ...options.environment,
    },
    // Its own process group, so that stopping it also stops the app `dotnet run` starts.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  };

  try {
    await waitForHealthy(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, adminToken, stop };
}
