import type { CallMeta, Envelope, ErrorBody } from '../../src-main/core/contract-kit';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import { TransportError, type Transport } from './transport';

/** Codes the client itself produces when the call never reached the API. */
export const CLIENT_ERROR = {
  unauthorized: 'UNAUTHORIZED',
  unreachable: 'CONNECTION_LOST',
  bad_response: 'BAD_RESPONSE',
} as const;

interface ClientConfig {
  transport: Transport;
  /** The current staff profile and language, read at each call. */
  meta: () => Omit<CallMeta, 'pin'>;
  /** Text of a client-side failure in the current language. */
  message: (reason: TransportError['reason']) => string;
  onUnauthorized?: () => void;
}

let config: ClientConfig | null = null;

export function configureClient(c: ClientConfig): void {
  config = c;
}

export interface CallOptions {
  /** A manager's PIN, only for manager actions. */
  pin?: string;
}

/**
 * Calls one API method. Never throws for a refusal: the envelope says ok or carries a stable error
 * code and a message already in the agent's language.
 */
export async function call<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: CallOptions = {},
): Promise<Envelope<Output<M>>> {
  if (!config) throw new Error('API client used before configureClient()');
  const meta: CallMeta = { ...config.meta(), ...(options.pin ? { pin: options.pin } : {}) };
  try {
    return (await config.transport(method, input, meta)) as Envelope<Output<M>>;
  } catch (e) {
    if (!(e instanceof TransportError)) throw e;
    if (e.reason === 'unauthorized') config.onUnauthorized?.();
    return { ok: false, error: { code: CLIENT_ERROR[e.reason], message: config.message(e.reason) } };
  }
}

/** A refusal carried as an exception, for code that prefers try/catch. */
export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.body.code;
  }
}

export function unwrap<T>(env: Envelope<T>): T {
  if (env.ok) return env.value;
  throw new ApiError(env.error);
}

export function isPinError(error: ErrorBody): boolean {
  return error.code === 'PIN_REQUIRED' || error.code === 'PIN_INVALID';
}

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** The per-field messages of a VALIDATION_FAILED (or any error that names fields). */
export function fieldErrorsOf(error: ErrorBody | null | undefined): FieldError[] {
  const details = error?.details;
  if (typeof details !== 'object' || details === null || !('fields' in details)) return [];
  const fields = (details as { fields: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldError =>
      typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string',
  );
}

/**
 * Splits field errors between those a form shows beside its fields and those it must show on top
 * (a path the form has no field for must not vanish).
 */
export function splitFieldErrors(
  error: ErrorBody | null | undefined,
  knownPaths: Iterable<string>,
): { byField: Record<string, string>; other: string[] } {
  const known = new Set(knownPaths);
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const f of fieldErrorsOf(error)) {
    const target = [...known].find((k) => f.path === k || f.path.startsWith(`${k}.`));
    if (target !== undefined) byField[target] ??= f.message;
    else other.push(f.path ? `${f.message} (${f.path})` : f.message);
  }
  return { byField, other };
}
