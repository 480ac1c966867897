import { describe, expect, it } from 'vitest';
import { TransportError, electronTransport, httpTransport, takeToken, TOKEN_KEY } from './transport';
import { call, configureClient, splitFieldErrors } from './client';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('takeToken', () => {
  it('keeps the token of the printed address and removes it from the address bar', () => {
    const storage = fakeStorage();
    const replaced: string[] = [];
    const token = takeToken({ search: '?token=abc123&x=1', pathname: '/', hash: '#/borrowers' }, storage, {
      replaceState: (_d, _t, url) => void replaced.push(String(url)),
    });
    expect(token).toBe('abc123');
    expect(storage.data.get(TOKEN_KEY)).toBe('abc123');
    expect(replaced).toEqual(['/?x=1#/borrowers']);
  });

  it('finds the token again after a reload, without touching the address', () => {
    const storage = fakeStorage({ [TOKEN_KEY]: 'kept' });
    const replaced: string[] = [];
    const token = takeToken({ search: '', pathname: '/', hash: '' }, storage, {
      replaceState: (_d, _t, url) => void replaced.push(String(url)),
    });
    expect(token).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('has no token when the address never carried one', () => {
    expect(
      takeToken({ search: '', pathname: '/', hash: '' }, fakeStorage(), { replaceState: () => {} }),
    ).toBe(null);
  });
});

describe('httpTransport', () => {
  it('posts the method, input and meta with the bearer token', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const t = httpTransport('tok', async (url, init) => {
      seen.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ ok: true, value: { version: '1' } }), { status: 200 });
    });
    const env = await t('app.info', {}, { staff: 'Accueil', lang: 'fr' });
    expect(env).toEqual({ ok: true, value: { version: '1' } });
    expect(seen[0]?.url).toBe('/api/call');
    expect(seen[0]?.init.method).toBe('POST');
    expect((seen[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      method: 'app.info',
      input: {},
      meta: { staff: 'Accueil', lang: 'fr' },
    });
  });

  it('passes an API refusal through as an envelope (not an exception)', async () => {
    const refusal = { ok: false, error: { code: 'NOT_FOUND', message: 'Ressource introuvable (n° 9).' } };
    const t = httpTransport('tok', async () => new Response(JSON.stringify(refusal), { status: 200 }));
    expect(await t('app.info', {}, {})).toEqual(refusal);
  });

  it('reports a bad token as unauthorized', async () => {
    const t = httpTransport('bad', async () => new Response('no', { status: 401 }));
    await expect(t('app.info', {}, {})).rejects.toMatchObject({ reason: 'unauthorized' });
  });

  it('reports a stopped server as unreachable', async () => {
    const t = httpTransport('tok', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(t('app.info', {}, {})).rejects.toBeInstanceOf(TransportError);
    await expect(t('app.info', {}, {})).rejects.toMatchObject({ reason: 'unreachable' });
  });
});

describe('call', () => {
  it('sends the current profile and language, and the PIN only when given', async () => {
    const metas: unknown[] = [];
    configureClient({
      transport: async (_m, _i, meta) => {
        metas.push(meta);
        return { ok: true, value: [] };
      },
      meta: () => ({ staff: 'Accueil', lang: 'en' }),
      message: (r) => r,
    });
    await call('staff.list', {});
    await call('staff.list', {}, { pin: '1234' });
    expect(metas).toEqual([
      { staff: 'Accueil', lang: 'en' },
      { staff: 'Accueil', lang: 'en', pin: '1234' },
    ]);
  });

  it('turns a lost connection into an error envelope and signals a bad token', async () => {
    let unauthorized = 0;
    configureClient({
      transport: async () => {
        throw new TransportError('unauthorized');
      },
      meta: () => ({}),
      message: (r) => `msg:${r}`,
      onUnauthorized: () => unauthorized++,
    });
    expect(await call('app.info', {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'msg:unauthorized' },
    });
    expect(unauthorized).toBe(1);
  });
});

describe('splitFieldErrors', () => {
  it('puts each message beside its field and keeps the unknown ones visible', () => {
    const error = {
      code: 'VALIDATION_FAILED',
      message: 'Certaines données sont invalides',
      details: {
        fields: [
          { path: 'siret', code: 'siret_luhn', message: 'SIRET invalide' },
          { path: 'vehicle.seats', code: 'too_big', message: 'Trop grand' },
          { path: 'mystery', code: 'invalid_value', message: 'Valeur invalide.' },
          { path: 'siret', code: 'other', message: 'second message ignored' },
        ],
      },
    };
    expect(splitFieldErrors(error, ['siret', 'vehicle.seats', 'name'])).toEqual({
      byField: { siret: 'SIRET invalide', 'vehicle.seats': 'Trop grand' },
      other: ['Valeur invalide. (mystery)'],
    });
  });
});

describe('electronTransport', () => {
  it("calls the preload's named function for the method, with the meta", async () => {
    const seen: unknown[] = [];
    const api = {
      'app.info': async (input: unknown, meta: unknown) => {
        seen.push({ input, meta });
        return { ok: true as const, value: { version: '1' } };
      },
    } as unknown as Parameters<typeof electronTransport>[0];
    const t = electronTransport(api);
    expect(await t('app.info', {}, { staff: 'Accueil', lang: 'en' })).toEqual({
      ok: true,
      value: { version: '1' },
    });
    expect(seen).toEqual([{ input: {}, meta: { staff: 'Accueil', lang: 'en' } }]);
    await expect(t('staff.list', {}, {})).rejects.toMatchObject({ reason: 'bad_response' });
  });
});
