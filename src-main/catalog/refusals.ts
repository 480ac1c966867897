import { DomainError } from '../core/errors';
import { translate, type Lang } from '../core/messages';
import type { FieldError } from '../api/validation';
import type { Refusal, RuleIssue } from './rules';

/** Field errors in the same shape as the registry's input validation, so the form shows them in place. */
export function toFieldErrors(lang: Lang, issues: readonly RuleIssue[]): FieldError[] {
  return issues.map((i) => ({ path: i.path, code: i.code, message: translate(lang, i.code, i.params) }));
}

export function refuseFields(lang: Lang, issues: readonly RuleIssue[]): never {
  const fields = toFieldErrors(lang, issues);
  throw new DomainError(
    'VALIDATION_FAILED',
    'validation_failed',
    { summary: fields.map((f) => `${f.path} : ${f.message}`).join(' ; ') },
    { fields },
  );
}

export function refuse(lang: Lang, refusal: Refusal): never {
  if (refusal.kind === 'fields') refuseFields(lang, refusal.issues);
  throw new DomainError('INVALID_STATE', refusal.key, refusal.params);
}

/** A referenced record that does not exist, named beside the field that points at it. */
export function notFoundAt(lang: Lang, entity: string, id: number, path: string): DomainError {
  return new DomainError(
    'NOT_FOUND',
    'not_found',
    { entity, id },
    { fields: [{ path, code: 'not_found', message: translate(lang, 'referenced_not_found', { id }) }] },
  );
}
