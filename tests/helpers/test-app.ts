import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemory } from '../../db/connection';
import { fixedClock } from '../../src-main/core/clock';
import { appOn, type App } from '../../src-main/app';
import { ensureBuiltinProfiles } from '../../src-main/staff/service';
import type { CallMeta } from '../../src-main/core/contract-kit';
import type { Input, MethodName, Output } from '../../src-main/api/contract';

export const TEST_NOW = '2026-06-05T08:00:00Z';

export interface TestApp extends App {
  /** Calls a method and returns its value; throws with the error envelope when it fails. */
  ok<M extends MethodName>(method: M, input: Input<M>, meta?: CallMeta): Promise<Output<M>>;
  /** Calls a method expecting a refusal; returns the error body. */
  fails(
    method: string,
    input: unknown,
    meta?: CallMeta,
  ): Promise<{ code: string; message: string; details?: unknown }>;
}

/** A real, migrated in-memory SQLite database behind the real registry, with a fixed clock. */
export async function testApp(now: string = TEST_NOW): Promise<TestApp> {
  const conn = await openMemory();
  const clock = fixedClock(now);
  await ensureBuiltinProfiles(conn.db, clock.now());
  const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-test-'));
  const app = appOn(conn, clock, dataDir);
  return {
    ...app,
    async ok(method, input, meta) {
      const r = await app.registry.call(method, input, meta);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    async fails(method, input, meta) {
      const r = await app.registry.call(method, input, meta);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
      return r.error;
    },
  };
}
