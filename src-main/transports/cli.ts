import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { clockFromEnv, type Clock } from '../core/clock';
import { defaultDataDir } from '../core/data-dir';
import type { CallMeta } from '../core/contract-kit';
import { contract } from '../api/contract';
import { openApp, type App } from '../app';
import { startHttpServer } from './http-server';
import { loadDemo } from '../../db/demo/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = `Comptoir — ligne de commande

  comptoir [--data DIR] init                  crée ou met à jour la base de données
  comptoir [--data DIR] demo                  charge les données de démonstration
  comptoir methods                            liste les méthodes de l'API et leur schéma JSON
  comptoir [--data DIR] call METHODE [JSON]   appelle une méthode, affiche le résultat JSON
  comptoir [--data DIR] serve [--port N]      ouvre l'application dans un navigateur local

Options : --data DIR (ou COMPTOIR_DATA ; par défaut le dossier de l'application de bureau),
          --as PROFIL (ou COMPTOIR_STAFF ; par défaut « cli »), --pin PIN (ou COMPTOIR_PIN),
          --lang fr|en. COMPTOIR_NOW=2026-06-05T09:00:00Z fixe l'horloge.`;

/** A failure the user can act on: printed as one line, never as a stack trace. */
class CliError extends Error {}

interface Io {
  out(text: string): void;
  err(text: string): void;
}
const stdio: Io = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };

export async function main(argv: string[], io: Io = stdio, env = process.env): Promise<number> {
  try {
    return await run(argv, io, env);
  } catch (e) {
    io.err(`comptoir : ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return 1;
  }
}

async function run(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        as: { type: 'string' },
        pin: { type: 'string' },
        port: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message} (voir comptoir --help)`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 1;
  }
  const meta: CallMeta = {
    staff: values.as ?? env.COMPTOIR_STAFF,
    pin: values.pin ?? env.COMPTOIR_PIN,
    lang: values.lang === 'en' ? 'en' : 'fr',
  };
  const dataDir = resolve(values.data ?? defaultDataDir(env));

  switch (command) {
    case 'methods':
      io.out(JSON.stringify(methodsJsonSchema(), null, 2));
      return 0;
    case 'init':
      return withApp(dataDir, clockOf(env), async (app) => {
        const info = await app.registry.call('app.info', {}, meta);
        io.out(
          `Base prête : ${join(dataDir, 'comptoir.sqlite')} (schéma ${info.ok ? (info.value as { schemaVersion: number }).schemaVersion : '?'})`,
        );
        return 0;
      });
    case 'demo':
      return withApp(dataDir, clockOf(env), async (app) => {
        const summary = await loadDemo(app);
        io.out(
          `Données de démonstration chargées : ${summary.organisations} organisations, ${summary.resources} ressources.`,
        );
        return 0;
      });
    case 'call':
      return call(dataDir, clockOf(env), rest, meta, io);
    case 'serve':
      return serve(dataDir, clockOf(env), values.port, io);
    default:
      throw new CliError(`commande inconnue « ${command} » (voir comptoir --help)`);
  }
}

function clockOf(env: NodeJS.ProcessEnv): Clock {
  try {
    return clockFromEnv(env);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

async function withApp(dataDir: string, clock: Clock, work: (app: App) => Promise<number>): Promise<number> {
  let app: App;
  try {
    app = await openApp(dataDir, clock);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOTDIR' || code === 'SQLITE_CANTOPEN') {
      throw new CliError(`dossier de données illisible ou protégé : ${dataDir}`);
    }
    throw e;
  }
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function call(dataDir: string, clock: Clock, args: string[], meta: CallMeta, io: Io): Promise<number> {
  const [method, json] = args;
  if (!method) throw new CliError('méthode manquante : comptoir call METHODE [JSON]');
  if (!(method in contract)) {
    // Refused before touching the data folder: a typo must not create a database.
    io.out(
      JSON.stringify(
        { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Méthode inconnue : ${method}` } },
        null,
        2,
      ),
    );
    return 1;
  }
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch (e) {
      throw new CliError(`JSON invalide : ${(e as Error).message}`);
    }
  }
  return withApp(dataDir, clock, async (app) => {
    const envelope = await app.registry.call(method, input, meta);
    io.out(JSON.stringify(envelope.ok ? envelope.value : envelope, null, 2));
    return envelope.ok ? 0 : 1;
  });
}

/** Every API method's name → its input JSON Schema, so scripts can discover the API. */
export function methodsJsonSchema(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    out[name] = {
      summary: def.summary,
      kind: def.kind,
      role: def.role,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    };
  }
  return out;
}

async function ensureRendererBuilt(io: Io): Promise<string> {
  const dir = join(ROOT, 'dist-renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    io.err("Construction de l'interface (une seule fois)…");
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  return dir;
}

async function serve(dataDir: string, clock: Clock, portArg: string | undefined, io: Io): Promise<number> {
  const port = portArg === undefined ? 0 : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`port invalide : ${portArg}`);
  const staticDir = await ensureRendererBuilt(io);
  let app: App;
  try {
    app = await openApp(dataDir, clock);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const running = await startHttpServer({ registry: app.registry, staticDir, port });
  io.out(`Comptoir est ouvert sur ${running.url}`);
  if (clock.fixed) io.out(`Horloge fixée : ${clock.now().toISOString()}`);
  io.out('Ctrl+C pour arrêter.');
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await app.close();
  return 0;
}
