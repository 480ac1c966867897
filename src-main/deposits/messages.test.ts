import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES, MESSAGES } from '../core/messages';

/** Every message key the deposits and incidents code can raise exists in French and in English. */
function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const dir of ['src-main/deposits', 'src-main/incidents']) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/DomainError\(\s*'[A-Z_]+',\s*'([a-z_]+)'/g)) keys.add(m[1] as string);
      for (const m of src.matchAll(/key: '([a-z_]+)'/g)) keys.add(m[1] as string);
      for (const m of src.matchAll(/translate\(ctx\.lang, '([a-z_]+)'/g)) keys.add(m[1] as string);
    }
  }
  for (const s of ['open', 'repaired', 'written_off', 'recovered']) keys.add(`incident_status_${s}`);
  return [...keys].sort();
}

describe('deposits and incidents messages', () => {
  const keys = keysUsed();
  it('finds the keys it checks', () => {
    expect(keys).toContain('deposit_unsettled');
    expect(keys).toContain('cheque_settlement_mode_required');
  });
  it.each(keys)('%s is in French and English', (key) => {
    expect(MESSAGES.fr[key], `fr ${key}`).toBeTruthy();
    expect(MESSAGES.en[key], `en ${key}`).toBeTruthy();
  });
  it.each(['incident', 'amount_owed', 'booking_line'])('entity %s is named in both languages', (e) => {
    expect(ENTITY_NAMES.fr[e]).toBeTruthy();
    expect(ENTITY_NAMES.en[e]).toBeTruthy();
  });
});
