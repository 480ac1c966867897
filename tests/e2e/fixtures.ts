import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test as base, expect } from '@playwright/test';

/**
 * Every test gets its own Comptoir: a fresh data folder (empty, or a copy of the demo centre) and
 * its own `comptoir serve` process on a free port, with the clock fixed. Nothing a test writes can
 * reach another test.
 */

/** Friday 5 June 2026, 10:00 in Paris (20:00 in Auckland, the browser's zone in these tests). */
export const FIXED_NOW = '2026-06-05T08:00:00Z';
/** The Paris date of FIXED_NOW, 'YYYY-MM-DD'. */
export const TODAY = '2026-06-05';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'comptoir.mjs');
const STARTUP_TIMEOUT_MS = 30_000;
const run = promisify(execFile);

export interface Comptoir {
  /** The address printed by `comptoir serve`, token included. */
  url: string;
  origin: string;
  dataDir: string;
  /** Calls an API method the way the renderer does; throws with the error envelope on refusal. */
  call<T = unknown>(method: string, input?: unknown, meta?: { staff?: string; pin?: string }): Promise<T>;
  /** What the server printed so far (attached to failing tests). */
  log(): string;
}

interface TestFixtures {
  /** Load the demo centre (59 resources, 26 borrowers) before starting. Default: true. */
  demo: boolean;
  comptoir: Comptoir;
  /** Shortcut for comptoir.url. */
  appUrl: string;
  /** Fails the test when the page throws an uncaught error (the agent would see a broken screen). */
  pageErrors: string[];
}

interface WorkerFixtures {
  /** A data folder holding the demo centre, built once per worker and copied for each test. */
  demoTemplate: string;
  servers: ServerPool;
}

/** The machine's own Comptoir settings must not leak in: only the fixed clock and --data count. */
function comptoirEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, COMPTOIR_NOW: FIXED_NOW };
  delete env.COMPTOIR_DATA;
  delete env.COMPTOIR_STAFF;
  delete env.COMPTOIR_PIN;
  return env;
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [BIN, '--data', dataDir, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: comptoirEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = () => output;
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`comptoir serve did not print its address within ${STARTUP_TIMEOUT_MS} ms:\n${output}`),
      );
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /Comptoir est ouvert sur (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1], log });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`comptoir serve exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

interface Running {
  child: ChildProcess;
  url: string;
  dataDir: string;
  log: () => string;
}

/** A fresh data folder (empty, or a copy of the demo template) and a server on it. */
async function launch(demoTemplate: string | null): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-e2e-'));
  // The demo command closed its database, so the template holds a complete, checkpointed copy.
  if (demoTemplate) cpSync(demoTemplate, dataDir, { recursive: true });
  try {
    return { ...(await startServer(dataDir)), dataDir };
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

async function shutdown(running: Running): Promise<void> {
  await stopServer(running.child);
  rmSync(running.dataDir, { recursive: true, force: true });
}

/**
 * Hands each test a server of its own and starts the next one while the test runs, so the ~2 s
 * a server takes to start are not spent waiting. A server is never handed out twice.
 */
class ServerPool {
  private spare: { demo: boolean; ready: Promise<Running> } | null = null;

  constructor(private readonly demoTemplate: string) {}

  private start(demo: boolean): Promise<Running> {
    const ready = launch(demo ? this.demoTemplate : null);
    ready.catch(() => {}); // reported to the test that takes it, not as an unhandled rejection
    return ready;
  }

  take(demo: boolean): Promise<Running> {
    let ready: Promise<Running>;
    if (this.spare?.demo === demo) {
      ready = this.spare.ready;
    } else {
      if (this.spare) void this.spare.ready.then(shutdown, () => {});
      ready = this.start(demo);
    }
    const next = ready.then(
      () => this.start(demo),
      () => this.start(demo),
    );
    next.catch(() => {});
    this.spare = { demo, ready: next };
    return ready;
  }

  async close(): Promise<void> {
    if (this.spare) await this.spare.ready.then(shutdown, () => {});
    this.spare = null;
  }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  demo: [true, { option: true }],

  demoTemplate: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'comptoir-e2e-demo-'));
      await run(process.execPath, [BIN, '--data', dir, 'demo'], { cwd: ROOT, env: comptoirEnv() });
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  servers: [
    async ({ demoTemplate }, use) => {
      const pool = new ServerPool(demoTemplate);
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],

  comptoir: async ({ demo, servers }, use, testInfo) => {
    const running = await servers.take(demo);
    const { origin, searchParams } = new URL(running.url);
    const token = searchParams.get('token') ?? '';
    const call: Comptoir['call'] = async (method, input = {}, meta = {}) => {
      const res = await fetch(`${origin}/api/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ method, input, meta: { staff: 'Accueil', lang: 'fr', ...meta } }),
      });
      const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(`${method} refused: ${JSON.stringify(envelope.error)}`);
      return envelope.value as never;
    };
    try {
      await use({ url: running.url, origin, dataDir: running.dataDir, call, log: running.log });
    } finally {
      await shutdown(running);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('comptoir-serve.log', { body: running.log(), contentType: 'text/plain' });
      }
    }
  },

  appUrl: async ({ comptoir }, use) => {
    await use(comptoir.url);
  },

  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
