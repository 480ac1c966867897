import type { CallMeta, Envelope } from '../core/contract-kit';
import type { Input, MethodName, Output } from '../api/contract';

/**
 * What the preload exposes to the renderer as `window.comptoir`: one named function per API
 * method, never a generic invoke. Types only (plus constants), so the renderer may import it.
 */
export type ApiFunction<M extends MethodName> = (
  input: Input<M>,
  meta?: CallMeta,
) => Promise<Envelope<Output<M>>>;

export interface ComptoirBridge {
  readonly api: { readonly [M in MethodName]: ApiFunction<M> };
}

/** The single IPC channel behind the named functions; the main side checks the method name. */
export const API_CHANNEL = 'comptoir:api';

/** The renderer is served from app://comptoir/ (a privileged, standard, secure scheme). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'comptoir';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
