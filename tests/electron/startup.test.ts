import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageBoxOptions, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { DB_FILE, SCHEMA_VERSION } from '../../db/connection';
import { openApp } from '../../src-main/app';
import { fixedClock } from '../../src-main/core/clock';
import {
  askLoadDemo,
  showStartupError,
  startupErrorText,
  type DialogLike,
} from '../../src-main/electron/dialogs';
import { demoChoiceFromEnv, isEmptyCentre, offerDemoOnFirstRun } from '../../src-main/electron/first-run';
import { menuTemplate } from '../../src-main/electron/menu';
import { SHELL_MESSAGES, pickShellLang } from '../../src-main/electron/shell-messages';
import { testApp } from '../helpers/test-app';

const clock = fixedClock('2026-06-05T08:00:00Z');
const tempDir = () => mkdtempSync(join(tmpdir(), 'comptoir-startup-'));

/** Opens a real data folder the way the desktop app does and returns what it throws. */
async function startupFailure(dataDir: string): Promise<unknown> {
  try {
    const app = await openApp(dataDir, clock);
    await app.close();
  } catch (e) {
    return e;
  }
  throw new Error('the data folder opened');
}

function recorder(response = 0): DialogLike & { shown: MessageBoxOptions[] } {
  const shown: MessageBoxOptions[] = [];
  return { shown, showMessageBox: async (options) => (shown.push(options), { response }) };
}

const STACK_LINE = /\n\s+at\s/;

describe('startup errors', () => {
  it('explains a database written by a newer Comptoir, and leaves it untouched', async () => {
    const dir = tempDir();
    const sqlite = new BetterSqlite3(join(dir, DB_FILE));
    sqlite.pragma('user_version = 999');
    sqlite.close();

    const error = await startupFailure(dir);
    const dialog = recorder();
    await showStartupError(dialog, error, 'fr', dir);
    expect(dialog.shown).toHaveLength(1);
    const box = dialog.shown[0]!;
    expect(box).toMatchObject({
      type: 'error',
      title: 'Comptoir ne peut pas démarrer',
      buttons: ['Quitter'],
    });
    expect(box.message).toContain('version plus récente de Comptoir');
    expect(box.message).toContain(`schéma 999 ; cette version connaît le schéma ${SCHEMA_VERSION}`);
    expect(box.detail).toBe(`Dossier de données : ${dir}`);
    expect(`${box.message}${box.detail}`).not.toMatch(STACK_LINE);

    const english = startupErrorText(error, 'en', dir);
    expect(english.title).toBe('Comptoir cannot start');
    expect(english.message).toContain('newer version of Comptoir (schema 999; this version knows schema');

    const after = new BetterSqlite3(join(dir, DB_FILE), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    expect(after.prepare("select count(*) as n from sqlite_master where type = 'table'").get()).toEqual({
      n: 0,
    });
    after.close();
  });

  it('explains a data folder that cannot be used', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    for (const dataDir of [join(dir, 'a-file'), join(dir, 'a-file', 'below')]) {
      const text = startupErrorText(await startupFailure(dataDir), 'fr', dataDir);
      expect(text.message).toContain('Le dossier de données n’est pas accessible');
      expect(text.message).toContain('COMPTOIR_DATA');
    }
  });

  it('explains a damaged database file without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE), 'this is not SQLite '.repeat(200));
    const text = startupErrorText(await startupFailure(dir), 'en', dir);
    expect(text.message).toMatch(/^The database file is unreadable or damaged/);
    expect(text.message).not.toMatch(STACK_LINE);
  });

  it('explains an addon built for another runtime', () => {
    const error = Object.assign(
      new Error(
        "The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115.",
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    expect(startupErrorText(error, 'fr', '/d').message).toContain(
      'ne correspond pas à cette version d’Electron',
    );
  });

  it('shows the first line of anything else, never its stack', () => {
    const error = new Error('COMPTOIR_NOW invalide : demain\n    at parseInstant (clock.ts:3:1)');
    const text = startupErrorText(error, 'fr', '/d');
    expect(text.message).toBe(
      'Une erreur inattendue est survenue au démarrage : COMPTOIR_NOW invalide : demain',
    );
    const wrapped = new Error('Migration 2026-x échouée', {
      cause: Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }),
    });
    expect(startupErrorText(wrapped, 'en', '/d').message).toMatch(
      /^The database is in use by another program/,
    );
  });
});

describe('first run', () => {
  it('offers the demonstration only while there are neither organisations nor resources', async () => {
    const app = await testApp();
    expect(await isEmptyCentre(app)).toBe(true);
    await app.ok('sites.create', { name: 'Entrepôt', communeName: 'Labège', communeInsee: '31254' });
    expect(await isEmptyCentre(app)).toBe(true);
    await app.ok('organisations.create', { kind: 'association', name: 'Foyer rural' });
    expect(await isEmptyCentre(app)).toBe(false);

    const load = vi.fn(async () => undefined);
    const ask = vi.fn(async () => true);
    const outcome = await offerDemoOnFirstRun(app, {
      choice: 'ask',
      ask,
      load,
      onFailure: async () => undefined,
    });
    expect(outcome).toBe('not-empty');
    expect(ask).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  it('asks in a native dialog and loads only when accepted', async () => {
    const accepted = recorder(0);
    const app = await testApp();
    const load = vi.fn(async () => undefined);
    const deps = {
      choice: 'ask' as const,
      ask: () => askLoadDemo(accepted, 'fr', app.dataDir),
      load,
      onFailure: async () => undefined,
    };
    expect(await offerDemoOnFirstRun(app, deps)).toBe('loaded');
    expect(load).toHaveBeenCalledWith(app);
    expect(accepted.shown[0]).toMatchObject({
      type: 'question',
      title: 'Bienvenue dans Comptoir',
      buttons: ['Charger la démonstration', 'Commencer avec une base vide'],
      defaultId: 0,
      cancelId: 1,
    });

    const declined = recorder(1);
    const load2 = vi.fn(async () => undefined);
    const outcome = await offerDemoOnFirstRun(await testApp(), {
      ...deps,
      ask: () => askLoadDemo(declined, 'en', '/d'),
      load: load2,
    });
    expect(outcome).toBe('declined');
    expect(load2).not.toHaveBeenCalled();
    expect(declined.shown[0]!.buttons).toEqual(['Load the demonstration', 'Start with an empty database']);
  });

  it('opens the app anyway when the demonstration fails, and says so', async () => {
    const app = await testApp();
    const onFailure = vi.fn(async () => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('demo: in progress');
    const outcome = await offerDemoOnFirstRun(app, {
      choice: 'load',
      ask: async () => false,
      load: async () => Promise.reject(failure),
      onFailure,
    });
    expect(outcome).toBe('failed');
    expect(onFailure).toHaveBeenCalledWith(failure);
  });

  it('reads COMPTOIR_DEMO: load, skip, otherwise ask', async () => {
    expect(demoChoiceFromEnv({ COMPTOIR_DEMO: 'load' })).toBe('load');
    expect(demoChoiceFromEnv({ COMPTOIR_DEMO: ' SKIP ' })).toBe('skip');
    expect(demoChoiceFromEnv({ COMPTOIR_DEMO: 'yes' })).toBe('ask');
    expect(demoChoiceFromEnv({})).toBe('ask');
    const app = await testApp();
    const ask = vi.fn(async () => true);
    expect(
      await offerDemoOnFirstRun(app, {
        choice: 'skip',
        ask,
        load: async () => 0,
        onFailure: async () => undefined,
      }),
    ).toBe('skipped');
    expect(ask).not.toHaveBeenCalled();
  });
});

function labels(items: MenuItemConstructorOptions[]): unknown[] {
  return items.map((item) =>
    Array.isArray(item.submenu)
      ? { [item.label ?? '']: labels(item.submenu) }
      : (item.label ?? `—${item.type}`),
  );
}

describe('menu', () => {
  const onAbout = vi.fn();
  it('is French by default, with reload and devtools only in development', () => {
    const production = menuTemplate({ lang: 'fr', dev: false, platform: 'linux', onAbout });
    expect(labels(production)).toEqual([
      { Fichier: ['Quitter'] },
      { Édition: ['Annuler', 'Rétablir', '—separator', 'Couper', 'Copier', 'Coller', 'Tout sélectionner'] },
      { Affichage: ['Agrandir', 'Réduire', 'Taille normale', '—separator', 'Plein écran'] },
      { Aide: ['À propos de Comptoir'] },
    ]);
    const roles = production.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.role) : []));
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');

    const dev = menuTemplate({ lang: 'fr', dev: true, platform: 'linux', onAbout });
    expect(labels(dev)[2]).toEqual({
      Affichage: [
        'Recharger',
        'Outils de développement',
        '—separator',
        'Agrandir',
        'Réduire',
        'Taille normale',
        '—separator',
        'Plein écran',
      ],
    });
  });

  it('is complete in English and calls the About dialog', () => {
    const english = menuTemplate({ lang: 'en', dev: false, platform: 'win32', onAbout });
    expect(labels(english).map((m) => Object.keys(m as object)[0])).toEqual(['File', 'Edit', 'View', 'Help']);
    const help = english[3]!.submenu as MenuItemConstructorOptions[];
    expect(help[0]!.label).toBe('About Comptoir');
    (help[0]!.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('has the application menu on macOS', () => {
    const mac = menuTemplate({ lang: 'fr', dev: false, platform: 'darwin', onAbout });
    expect(labels(mac)[0]).toEqual({
      Comptoir: ['À propos de Comptoir', '—separator', 'Masquer Comptoir', 'Quitter'],
    });
    expect(labels(mac)[1]).toEqual({ Fichier: ['Fermer la fenêtre'] });
  });
});

describe('shell messages', () => {
  it('has every French key in English, with the same placeholders, and nothing left untranslated', () => {
    const fr = SHELL_MESSAGES.fr;
    const en = SHELL_MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('follows the system language: English for English, French otherwise', () => {
    expect(pickShellLang(['en-GB', 'fr-FR'])).toBe('en');
    expect(pickShellLang(['fr-FR', 'en-US'])).toBe('fr');
    expect(pickShellLang(['de-DE'])).toBe('fr');
    expect(pickShellLang([])).toBe('fr');
  });
});
