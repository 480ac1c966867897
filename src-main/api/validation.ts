import type { z } from 'zod';
import { translate, type Lang } from '../core/messages';

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

function messageFor(issue: z.core.$ZodIssue, lang: Lang): { code: string; message: string } {
  if (issue.message.startsWith('@')) {
    const key = issue.message.slice(1);
    return { code: key, message: translate(lang, key) };
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        code: 'unknown_field',
        message: translate(lang, 'unknown_field', { keys: issue.keys.join(', ') }),
      };
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'too_long', message: translate(lang, 'too_long', { max: Number(issue.maximum) }) }
        : { code: 'too_big', message: translate(lang, 'too_big', { max: Number(issue.maximum) }) };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { code: 'required', message: translate(lang, 'required') }
        : { code: 'too_small', message: translate(lang, 'too_small', { min: Number(issue.minimum) }) };
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'not_integer', message: translate(lang, 'not_integer') };
      if (issue.input === undefined) return { code: 'required', message: translate(lang, 'required') };
      return { code: 'wrong_type', message: translate(lang, 'wrong_type') };
    default:
      return { code: 'invalid_value', message: translate(lang, 'invalid_value') };
  }
}

export function fieldErrors(error: z.ZodError, lang: Lang): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    ...messageFor(issue, lang),
  }));
}
