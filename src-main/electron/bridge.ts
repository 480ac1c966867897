import type { CallMeta } from '../core/contract-kit';
import { API_CHANNEL, type ComptoirBridge } from './contract';

export type Invoke = (
  channel: typeof API_CHANNEL,
  method: string,
  input: unknown,
  meta: CallMeta | undefined,
) => Promise<unknown>;

/**
 * Builds `window.comptoir`: one named function per API method, each bound to its own name, so
 * the page can call only what the contract lists and never picks a channel itself.
 */
export function buildBridge(methods: readonly string[], invoke: Invoke): ComptoirBridge {
  const api: Record<string, (input: unknown, meta?: CallMeta) => Promise<unknown>> = {};
  for (const method of methods) {
    api[method] = (input, meta) => invoke(API_CHANNEL, method, input, meta);
  }
  return Object.freeze({ api: Object.freeze(api) }) as unknown as ComptoirBridge;
}
