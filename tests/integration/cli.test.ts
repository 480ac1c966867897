import { describe, expect, it } from 'vitest';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src-main/transports/cli';

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    { COMPTOIR_NOW: '2026-06-05T08:00:00Z', ...env },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'comptoir-cli-'));

describe('comptoir CLI', () => {
  it('methods: every API method with its input JSON Schema', async () => {
    const r = await cli(['methods']);
    expect(r.code).toBe(0);
    const methods = JSON.parse(r.out);
    expect(methods['resources.create'].input.type).toBe('object');
    expect(methods['resources.create'].input.additionalProperties).toBe(false);
    expect(Object.keys(methods).length).toBeGreaterThan(30);
  });

  it('init creates the database in --data, then call reads it', async () => {
    const dir = tmp();
    expect((await cli(['--data', dir, 'init'])).code).toBe(0);
    expect(existsSync(join(dir, 'comptoir.sqlite'))).toBe(true);
    const r = await cli(['--data', dir, 'call', 'app.info']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ now: '2026-06-05T08:00:00.000Z', clockFixed: true });
  });

  it('COMPTOIR_DATA sets the folder', async () => {
    const dir = tmp();
    expect((await cli(['init'], { COMPTOIR_DATA: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'comptoir.sqlite'))).toBe(true);
  });

  it('call prints the error envelope and exits 1 on a refusal', async () => {
    const dir = tmp();
    const r = await cli([
      '--data',
      dir,
      'call',
      'sites.create',
      '{"name":"X","communeName":"Muret","communeInsee":"nope"}',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('acts as the named profile, recorded in the audit log; manager actions need the PIN', async () => {
    const dir = tmp();
    expect(
      (await cli(['--data', dir, 'call', 'staff.create', '{"name":"Claire","role":"manager","pin":"2468"}']))
        .code,
    ).toBe(0);
    const refused = await cli(['--data', dir, 'call', 'settings.update', '{"centreName":"Centre"}']);
    expect(JSON.parse(refused.out).error.code).toBe('PIN_REQUIRED');
    const ok = await cli([
      '--data',
      dir,
      '--as',
      'Claire',
      '--pin',
      '2468',
      'call',
      'settings.update',
      '{"centreName":"Centre"}',
    ]);
    expect(ok.code).toBe(0);
    const viaEnv = await cli(['--data', dir, 'call', 'settings.update', '{"centreName":"Autre"}'], {
      COMPTOIR_STAFF: 'Claire',
      COMPTOIR_PIN: '2468',
    });
    expect(viaEnv.code).toBe(0);
  });

  it('errors are one clear line, never a stack trace', async () => {
    const dir = tmp();
    for (const args of [
      ['--data', dir, 'call', 'app.info', '{pas du json'],
      ['--data', dir, 'frobnicate'],
      ['--data', '/etc/passwd/dossier', 'init'],
      ['--bogus'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^comptoir : /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const unknown = await cli(['--data', dir, 'call', 'nope.nothing']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.out).error.code).toBe('UNKNOWN_METHOD');
    expect((await cli(['call', 'app.info'], { COMPTOIR_DATA: dir, COMPTOIR_NOW: 'hier' })).err).toMatch(
      /COMPTOIR_NOW/,
    );
  });

  it('demo loads a centre into an empty folder and refuses a second time', async () => {
    const dir = tmp();
    const r = await cli(['--data', dir, 'demo']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/59 ressources/);
    const again = await cli(['--data', dir, 'demo']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/déjà des données/);
  }, 60_000); // the demo includes 18 months of history made through the API
});
