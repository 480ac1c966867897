import type { z } from 'zod';

/**
 * Building blocks of the API contract, shared with the renderer (types and zod schemas only).
 * A method declares its input schema, whether it writes, who may call it, and its result type.
 */
export type MethodKind = 'read' | 'write';
export type Role = 'agent' | 'manager';

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly kind: MethodKind;
  readonly role: Role;
  readonly summary: string;
  readonly input: I;
  /** Phantom: carries the result type only. */
  readonly output?: O;
}

export function method<I extends z.ZodType, O>(def: {
  kind: MethodKind;
  role?: Role;
  summary: string;
  input: I;
  output: Phantom<O>;
}): MethodDef<I, O> {
  return { kind: def.kind, role: def.role ?? 'agent', summary: def.summary, input: def.input };
}

declare const phantom: unique symbol;
export interface Phantom<T> {
  readonly [phantom]?: T;
}
export function returns<T>(): Phantom<T> {
  return {};
}

export type ContractShape = Record<string, MethodDef>;
export type InputOf<D> = D extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<D> = D extends MethodDef<z.ZodType, infer O> ? O : never;

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** Per-call metadata sent by every transport beside the input. */
export interface CallMeta {
  staff?: string;
  pin?: string;
  lang?: 'fr' | 'en';
}

/** Merges feature contracts, refusing a method name declared twice. */
export function mergeContracts<T extends ContractShape[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: ContractShape = {};
  for (const part of parts) {
    for (const [name, def] of Object.entries(part)) {
      if (name in merged) throw new Error(`API method declared twice: ${name}`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
