import type { Registry } from '../api/registry';
import type { CallMeta, Envelope } from '../core/contract-kit';
import { API_CHANNEL, APP_HOST, APP_SCHEME } from './contract';

/**
 * The IPC transport: registry calls in, envelopes out, nothing else. Written against the one
 * member of ipcMain it uses, so tests drive it with a real registry and no Electron.
 */
export interface InvokeEventLike {
  /** Null once the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** Only our own page, served from app://comptoir/, may call the API. */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    !parsed.username &&
    !parsed.password
  );
}

/** Keeps only the meta fields the registry knows, with the types it expects. */
export function cleanMeta(raw: unknown): CallMeta {
  const meta = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    ...(typeof meta.staff === 'string' ? { staff: meta.staff } : {}),
    ...(typeof meta.pin === 'string' ? { pin: meta.pin } : {}),
    lang: meta.lang === 'en' ? 'en' : 'fr',
  };
}

function refusal(code: 'FORBIDDEN' | 'UNKNOWN_METHOD', lang: 'fr' | 'en', method?: string): Envelope<never> {
  const messages = {
    FORBIDDEN: {
      fr: "Appel refusé : il ne vient pas de l'interface de Comptoir.",
      en: 'Call refused: it does not come from the Comptoir interface.',
    },
    UNKNOWN_METHOD: { fr: `Méthode inconnue : ${method ?? ''}`, en: `Unknown method: ${method ?? ''}` },
  } as const;
  return { ok: false, error: { code, message: messages[code][lang] } };
}

export function registerApiIpc(ipc: IpcMainLike, registry: Registry): void {
  const known = new Set(registry.names);
  ipc.handle(API_CHANNEL, async (event, method, input, rawMeta) => {
    const meta = cleanMeta(rawMeta);
    const lang = meta.lang ?? 'fr';
    if (!isTrustedSender(event)) {
      console.warn('[comptoir] IPC call refused from', event.senderFrame?.url ?? 'a destroyed frame');
      return refusal('FORBIDDEN', lang);
    }
    if (typeof method !== 'string' || !known.has(method)) {
      return refusal(
        'UNKNOWN_METHOD',
        lang,
        typeof method === 'string' ? method.slice(0, 80) : typeof method,
      );
    }
    return registry.call(method, input === undefined ? {} : input, meta);
  });
}
