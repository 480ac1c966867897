import { describe, expect, it } from 'vitest';
import { fr } from './fr';
import { en } from './en';

type Lang = 'fr' | 'en';
const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a nested dictionary as a dotted key; a non-string leaf is an error. */
function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (typeof v === 'object' && v !== null) for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else throw new Error(`${key} is neither text nor a group`);
  }
  return out;
}

/** Plural forms ('rows_one', 'rows_other') collapse to the key code uses ('rows'). */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL, '')));
}

const flat = { fr: flatten(fr), en: flatten(en) };

describe('dictionaries', () => {
  it('have the same keys in French and English, at every depth', () => {
    const frKeys = baseKeys(flat.fr.keys());
    const enKeys = baseKeys(flat.en.keys());
    expect(
      [...frKeys].filter((k) => !enKeys.has(k)),
      'in French only',
    ).toEqual([]);
    expect(
      [...enKeys].filter((k) => !frKeys.has(k)),
      'in English only',
    ).toEqual([]);
  });

  it('give every counted text the plural forms its language needs', () => {
    for (const lang of ['fr', 'en'] as const) {
      const categories = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
      const counted = new Set(
        [...flat[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      );
      for (const base of counted)
        for (const c of categories)
          expect(flat[lang].has(`${base}_${c}`), `${lang}: ${base}_${c}`).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of flat.fr) {
      const other = flat.en.get(key) ?? flat.en.get(key.replace(/_many$/, '_other'));
      if (other === undefined) continue; // reported by the key test
      // A singular form may spell the number out ('Photo added.'): compare the 'other' forms fully.
      if (/_(one|zero)$/.test(key)) continue;
      expect(placeholders(other), `${key}`).toEqual(placeholders(text));
    }
  });

  it('have no empty text', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const [key, text] of flat[lang]) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
  });
});

// Every source file of the renderer as text (Vite's glob: no Node API in the renderer's code).
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts', '!../**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** t('key') and t("key") with a literal key (dynamic keys are type-checked against fr.ts instead). */
const LITERAL_T = /(?<![\w$.])t\(\s*(['"])([^'"]+)\1/g;
/** Keys named in data, such as { label: 'nav.catalogue' }, passed to t() later. */
const LABEL_KEY = /\blabel:\s*'([a-z]+\.[\w.]+)'/g;

describe('source', () => {
  const files = Object.keys(sources);
  const used: { file: string; key: string }[] = [];
  for (const [file, text] of Object.entries(sources)) {
    for (const m of text.matchAll(LITERAL_T)) used.push({ file, key: m[2] as string });
    for (const m of text.matchAll(LABEL_KEY)) used.push({ file, key: m[1] as string });
  }

  it('finds the translated texts (the scan itself works)', () => {
    expect(files.some((f) => f.endsWith('App.tsx'))).toBe(true);
    expect(used.length).toBeGreaterThan(200);
  });

  it('uses only keys that exist in both dictionaries', () => {
    for (const lang of ['fr', 'en'] as const) {
      const keys = baseKeys(flat[lang].keys());
      const missing = used.filter((u) => !keys.has(u.key)).map((u) => `${u.file}: ${u.key}`);
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });
});
