import { afterEach, describe, expect, it, vi } from 'vitest';
import { testApp, type TestApp } from '../helpers/test-app';
import { API_CHANNEL } from '../../src-main/electron/contract';
import { cleanMeta, registerApiIpc, type InvokeEventLike } from '../../src-main/electron/ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** The real registry of a migrated in-memory database behind the IPC adapter; ipcMain is a recorder. */
async function wired(): Promise<{
  app: TestApp;
  invoke: (url: string | null, ...args: unknown[]) => Promise<unknown>;
}> {
  const app = await testApp();
  const handlers = new Map<string, Listener>();
  registerApiIpc({ handle: (channel, listener) => void handlers.set(channel, listener) }, app.registry);
  expect([...handlers.keys()]).toEqual([API_CHANNEL]);
  const listener = handlers.get(API_CHANNEL)!;
  return { app, invoke: (url, ...args) => listener({ senderFrame: url === null ? null : { url } }, ...args) };
}

const labege = {
  name: 'Entrepôt de Labège',
  postcode: '31670',
  communeName: 'Labège',
  communeInsee: '31254',
};

async function siteCount(app: TestApp): Promise<number> {
  return (await app.ok('sites.list', {})).length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IPC adapter', () => {
  it('returns the registry envelope to our own page', async () => {
    const { app, invoke } = await wired();
    const envelope = await invoke('app://comptoir/index.html', 'app.info', {}, { lang: 'fr' });
    expect(envelope).toEqual(await app.registry.call('app.info', {}, { lang: 'fr' }));
    expect(envelope).toMatchObject({ ok: true, value: { dataDir: app.dataDir, clockFixed: true } });

    const created = await invoke('app://comptoir/#/sites', 'sites.create', labege, {});
    expect(created).toMatchObject({ ok: true, value: { name: 'Entrepôt de Labège', communeInsee: '31254' } });
    expect(await siteCount(app)).toBe(1);
  });

  it('passes refusals through as envelopes, in the caller’s language', async () => {
    const { invoke } = await wired();
    const refused = (await invoke(
      'app://comptoir/index.html',
      'sites.create',
      { ...labege, communeInsee: 'x' },
      { lang: 'en' },
    )) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    expect(refused.error.message).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a look-alike host', 'app://comptoir.evil/index.html'],
    ['credentials in the URL', 'app://user@comptoir/index.html'],
    ['the Vite dev server', 'http://localhost:5173/'],
    ['a destroyed frame', null],
    ['an empty URL', ''],
  ])('refuses a call from %s without running it', async (_name, url) => {
    const { app, invoke } = await wired();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const envelope = await invoke(url, 'sites.create', labege, {});
    expect(warn).toHaveBeenCalledWith('[comptoir] IPC call refused from', url ?? 'a destroyed frame');
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: "Appel refusé : il ne vient pas de l'interface de Comptoir." },
    });
    expect(await siteCount(app)).toBe(0);
  });

  it.each([
    ['db.exec'],
    ['__proto__'],
    ['constructor'],
    ['toString'],
    [''],
    [42],
    [null],
    [{ method: 'app.info' }],
  ])('refuses the unknown method %j', async (method) => {
    const { invoke } = await wired();
    const envelope = (await invoke('app://comptoir/index.html', method, {}, { lang: 'en' })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('UNKNOWN_METHOD');
    expect(envelope.error.message).toMatch(/^Unknown method: /);
  });

  it('keeps only the meta fields the registry knows', () => {
    expect(cleanMeta({ staff: 'Alice', pin: '1234', lang: 'en', admin: true })).toEqual({
      staff: 'Alice',
      pin: '1234',
      lang: 'en',
    });
    expect(cleanMeta({ staff: 7, pin: ['1'], lang: 'de' })).toEqual({ lang: 'fr' });
    expect(cleanMeta(null)).toEqual({ lang: 'fr' });
    expect(cleanMeta('x')).toEqual({ lang: 'fr' });
  });

  it('treats an unknown staff name as the registry does, not as a default profile', async () => {
    const { invoke } = await wired();
    const envelope = (await invoke('app://comptoir/index.html', 'sites.create', labege, {
      staff: 'Personne',
    })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_STAFF' } });
  });
});
