import type { CallMeta, Envelope } from '../../src-main/core/contract-kit';
import type { MethodName } from '../../src-main/api/contract';
import type { ComptoirBridge } from '../../src-main/electron/contract';

/** Moves one call to the main side and brings its envelope back. */
export type Transport = (method: MethodName, input: unknown, meta: CallMeta) => Promise<Envelope<unknown>>;

/** The transport could not deliver the call (as opposed to the API refusing it). */
export class TransportError extends Error {
  constructor(
    readonly reason: 'unauthorized' | 'unreachable' | 'bad_response',
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'TransportError';
  }
}

export function electronTransport(api: ComptoirBridge['api']): Transport {
  return (method, input, meta) => {
    const fn = api[method] as ((input: unknown, meta: CallMeta) => Promise<Envelope<unknown>>) | undefined;
    if (typeof fn !== 'function') return Promise.reject(new TransportError('bad_response', method));
    return fn(input, meta);
  };
}

/** Browser mode: the CLI's loopback server, authorised by the token it printed in the address. */
export function httpTransport(token: string, fetchFn: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (method, input, meta) => {
    let res: Response;
    try {
      res = await fetchFn('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ method, input, meta }),
      });
    } catch (e) {
      throw new TransportError('unreachable', String(e));
    }
    if (res.status === 401 || res.status === 403) throw new TransportError('unauthorized');
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new TransportError('bad_response', `HTTP ${res.status}`);
    }
    if (!isEnvelope(body)) throw new TransportError('bad_response', `HTTP ${res.status}`);
    return body;
  };
}

function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  if (v.ok === true) return 'value' in v;
  return v.ok === false && 'error' in v && typeof v.error === 'object' && v.error !== null;
}

export const TOKEN_KEY = 'comptoir.token';

/**
 * The server prints `http://127.0.0.1:PORT/?token=…` once. The token is kept for this tab only and
 * removed from the address bar, so it does not end up in the history or in a screenshot.
 */
export function takeToken(
  location: Pick<Location, 'search' | 'pathname' | 'hash'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  history: Pick<History, 'replaceState'>,
): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export type TransportChoice = { kind: 'electron' | 'http'; transport: Transport } | { kind: 'no_token' };

export function chooseTransport(win: Window): TransportChoice {
  if (win.comptoir?.api) return { kind: 'electron', transport: electronTransport(win.comptoir.api) };
  const token = takeToken(win.location, win.sessionStorage, win.history);
  if (!token) return { kind: 'no_token' };
  return { kind: 'http', transport: httpTransport(token) };
}
