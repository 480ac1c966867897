import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { inImmediateTransaction } from '../../db/immediate';
import type { ContractShape, Envelope, CallMeta, ParsedInputOf, OutputOf } from '../core/contract-kit';
import { DomainError, type ErrorCode } from '../core/errors';
import { ENTITY_NAMES, translate, type Lang } from '../core/messages';
import type { AppEnv, AuditEntry, Ctx } from './context';
import { fieldErrors } from './validation';
import { resolveActor } from '../staff/service';

export type Handler<D> = (input: ParsedInputOf<D>, ctx: Ctx) => Promise<OutputOf<D>>;
export type Handlers<C extends ContractShape> = { [K in keyof C]: Handler<C[K]> };

export interface Registry {
  readonly names: readonly string[];
  call(method: string, input: unknown, meta?: CallMeta): Promise<Envelope<unknown>>;
}

export function createRegistry<C extends ContractShape>(
  contract: C,
  handlers: Handlers<C>,
  env: AppEnv,
): Registry {
  const names = Object.keys(contract).sort();
  for (const name of names) if (!(name in handlers)) throw new Error(`API method without handler: ${name}`);
  for (const name of Object.keys(handlers))
    if (!(name in contract)) throw new Error(`Handler without contract: ${name}`);

  async function run(method: string, raw: unknown, meta: CallMeta, lang: Lang): Promise<unknown> {
    const def = contract[method];
    if (!def) throw new DomainError('UNKNOWN_METHOD', 'unknown_method', { method });
    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error, lang);
      throw new DomainError(
        'VALIDATION_FAILED',
        'validation_failed',
        { summary: fields.map((f) => (f.path ? `${f.path} : ${f.message}` : f.message)).join(' ; ') },
        { fields },
      );
    }
    const handler = handlers[method] as Handler<C[string]>;
    const actor = await resolveActor(env.db, meta, def.role);
    const now = env.clock.now();
    if (def.kind === 'read') {
      return handler(parsed.data as ParsedInputOf<C[string]>, {
        db: env.db,
        now,
        actor,
        lang,
        env,
        audit: () => {
          throw new Error(`read method ${method} tried to write the audit log`);
        },
      });
    }
    return inImmediateTransaction(env.db, async (trx) => {
      const entries: AuditEntry[] = [];
      const value = await handler(parsed.data as ParsedInputOf<C[string]>, {
        db: trx,
        now,
        actor,
        lang,
        env,
        audit: (e) => entries.push(e),
      });
      if (entries.length === 0)
        entries.push({ entity: method.split('.')[0] ?? method, entityId: null, action: method });
      await writeAudit(trx, now, actor.name, method, entries);
      return value;
    });
  }

  return {
    names,
    async call(method, input, meta = {}) {
      const lang: Lang = meta.lang === 'en' ? 'en' : 'fr';
      try {
        return { ok: true, value: await run(method, input, meta, lang) };
      } catch (e) {
        return { ok: false, error: toErrorBody(e, lang) };
      }
    },
  };
}

async function writeAudit(
  trx: Kysely<Database>,
  now: Date,
  actor: string,
  method: string,
  entries: AuditEntry[],
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        at: now.toISOString(),
        actor,
        method,
        entity: e.entity,
        entity_id: e.entityId,
        action: e.action,
        fields: JSON.stringify(e.fields ?? []),
        reason: e.reason ?? null,
      })),
    )
    .execute();
}

export function toErrorBody(e: unknown, lang: Lang): { code: ErrorCode; message: string; details?: unknown } {
  if (e instanceof DomainError) {
    const params = { ...e.params };
    if (typeof params.entity === 'string') params.entity = ENTITY_NAMES[lang][params.entity] ?? params.entity;
    const body = { code: e.code, message: translate(lang, e.key, params) };
    return e.details === undefined ? body : { ...body, details: e.details };
  }
  // Unexpected failures: logged for the developers, never shown with a stack trace.
  console.error('[comptoir] internal error:', e);
  return { code: 'INTERNAL', message: translate(lang, 'internal') };
}
