import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { methodsJsonSchema } from '../../src-main/transports/cli';
import { testApp, type TestApp } from '../helpers/test-app';

/**
 * For EVERY API method, walks its input JSON Schema and checks that bad input is refused with
 * VALIDATION_FAILED, a field error at the right path, and nothing written to the database.
 * A new method is covered as soon as it is in the contract.
 */
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
}

interface Field {
  path: string[];
  schema: Schema;
}

function types(s: Schema): string[] {
  if (s.anyOf) return s.anyOf.flatMap(types);
  if (Array.isArray(s.type)) return s.type;
  return s.type ? [s.type] : [];
}
function nonNull(s: Schema): Schema {
  return s.anyOf?.find((x) => !types(x).includes('null')) ?? s;
}

function fields(s: Schema, path: string[] = []): Field[] {
  const out: Field[] = [];
  for (const [key, raw] of Object.entries(nonNull(s).properties ?? {})) {
    const inner = nonNull(raw);
    const here = [...path, key];
    out.push({ path: here, schema: raw });
    if (types(inner).includes('object')) out.push(...fields(inner, here));
    if (types(inner).includes('array') && inner.items && types(nonNull(inner.items)).includes('object')) {
      out.push(...fields(inner.items, [...here, '0']));
    }
  }
  return out;
}

function build(path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (/^\d+$/.test(head)) return [build(rest, value)];
  return { [head]: build(rest, value) };
}

function wrongValue(s: Schema): unknown {
  const t = types(s);
  if (t.includes('string')) return 12345;
  if (t.includes('integer') || t.includes('number')) return 'douze';
  if (t.includes('boolean')) return 'oui';
  if (t.includes('array')) return 'pas une liste';
  if (t.includes('object')) return 42;
  return Symbol.for('unused');
}

async function snapshot(app: TestApp): Promise<string> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' order by name`.execute(app.conn.db);
  const counts: string[] = [];
  for (const { name } of tables.rows) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(app.conn.db);
    counts.push(`${name}=${r.rows[0]?.n}`);
  }
  return counts.join(',');
}

function pathsOf(details: unknown): string[] {
  const f = (details as { fields?: { path: string }[] } | undefined)?.fields ?? [];
  return f.map((x) => x.path);
}

const methods = Object.entries(methodsJsonSchema()) as [string, { input: Schema; kind: string }][];

describe.each(methods)('%s refuses bad input and writes nothing', (name, def) => {
  const all = fields(def.input);

  it('refuses a non-object input', async () => {
    const app = await testApp();
    const before = await snapshot(app);
    const err = await app.fails(name, 'pas un objet');
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(await snapshot(app)).toBe(before);
  });

  it('refuses an extra key', async () => {
    const app = await testApp();
    const before = await snapshot(app);
    const err = await app.fails(name, { cleInconnue: 1 });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(err.details)).toContain('cleInconnue');
    expect(await snapshot(app)).toBe(before);
  });

  it.each(all.map((f) => [f.path.join('.'), f] as const))('refuses a wrong type for %s', async (path, f) => {
    const bad = wrongValue(f.schema);
    if (typeof bad === 'symbol') return; // a field of any type: nothing is "wrong"
    const app = await testApp();
    const before = await snapshot(app);
    const err = await app.fails(name, build(f.path, bad));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(pathsOf(err.details)).toContain(path);
    expect(await snapshot(app)).toBe(before);
  });

  const strings = all.filter((f) => types(f.schema).includes('string'));
  it.each(strings.map((f) => [f.path.join('.'), f] as const))('bounds the string %s', async (path, f) => {
    const s = nonNull(f.schema);
    const bounded =
      s.maxLength !== undefined ||
      s.pattern !== undefined ||
      s.enum !== undefined ||
      s.const !== undefined ||
      s.format !== undefined;
    expect(bounded, `${name}: ${path} is a string with no maximum length`).toBe(true);
    const app = await testApp();
    const before = await snapshot(app);
    const err = await app.fails(name, build(f.path, 'x'.repeat((s.maxLength ?? 100_000) + 1)));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(pathsOf(err.details)).toContain(path);
    expect(await snapshot(app)).toBe(before);
  });

  const integers = all.filter((f) => types(f.schema).includes('integer'));
  it.each(integers.map((f) => [f.path.join('.'), f] as const))(
    'refuses a fractional value for %s',
    async (path, f) => {
      const app = await testApp();
      const before = await snapshot(app);
      const err = await app.fails(name, build(f.path, 1.5));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(pathsOf(err.details)).toContain(path);
      expect(await snapshot(app)).toBe(before);
    },
  );
});

describe('money fields', () => {
  it('are integers in every method (cents, never euros as floats)', () => {
    const money = methods.flatMap(([name, def]) =>
      fields(def.input)
        .filter((f) => /cents$/i.test(f.path[f.path.length - 1] ?? ''))
        .map((f) => ({ name, path: f.path.join('.'), types: types(f.schema) })),
    );
    for (const m of money) expect(m.types, `${m.name} ${m.path}`).toContain('integer');
    expect(money.every((m) => !m.types.includes('number'))).toBe(true);
  });
});
