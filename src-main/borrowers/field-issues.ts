import { DomainError } from '../core/errors';
import { translate, type Lang } from '../core/messages';
import type { FieldIssue } from './rules';

/**
 * Cross-field refusals take the same shape as the registry's schema errors
 * (`details.fields: [{path, code, message}]`), so the form shows each beside its field.
 */
export function assertNoIssues(lang: Lang, issues: readonly FieldIssue[]): void {
  if (issues.length === 0) return;
  const fields = issues.map((i) => ({ path: i.path, code: i.code, message: translate(lang, i.code) }));
  throw new DomainError(
    'VALIDATION_FAILED',
    'validation_failed',
    { summary: fields.map((f) => `${f.path} : ${f.message}`).join(' ; ') },
    { fields },
  );
}

/** A duplicate refused with its message, and the same message beside the field it concerns. */
export function duplicateError(
  lang: Lang,
  key: string,
  path: string,
  params: Record<string, string | number>,
): DomainError {
  return new DomainError('DUPLICATE', key, params, {
    fields: [{ path, code: key, message: translate(lang, key, params) }],
  });
}
