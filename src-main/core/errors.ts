/**
 * Domain errors carry a stable `code` that callers (UI, CLI, scripts) may switch on.
 * The message is already in the caller's language; `details` carries structured data
 * (field errors, conflicting records) for the UI.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'STALE_VERSION',
  'DUPLICATE',
  'INVALID_STATE',
  'FORBIDDEN',
  'PIN_REQUIRED',
  'PIN_INVALID',
  'UNKNOWN_STAFF',
  'FILE_ERROR',
  'SCHEMA_TOO_NEW',
  'RESOURCE_UNAVAILABLE',
  'AMENDMENT_REQUIRED',
  'CHECKOUT_REFUSED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(key);
    this.name = 'DomainError';
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
