import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import type {
  BrowserWindowConstructorOptions,
  MessageBoxOptions,
  MenuItemConstructorOptions,
} from 'electron';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, bundleShell } from '../../scripts/electron-build.mjs';
import { contract } from '../../src-main/api/contract';
import { API_CHANNEL, APP_ENTRY_URL } from '../../src-main/electron/contract';

/**
 * The real bundles that `npm start` and `npm run dist` ship, run under Node with a recording
 * stand-in for the `electron` module (the binary cannot run here): the preload's exposed object,
 * and the main process's whole startup against a real data folder and the real SQLite addon.
 */
let bundle: { main: string; preload: string; methods: string[] };
beforeAll(async () => {
  bundle = await bundleShell({ outDir: mkdtempSync(join(tmpdir(), 'comptoir-bundle-')), production: true });
}, 60_000);

/** Runs a CommonJS bundle with `electron` (and only what `allow` lets through) provided by the test. */
function runCommonJs(file: string, electron: unknown, allow: (id: string) => boolean): string[] {
  const required: string[] = [];
  const rootRequire = createRequire(join(ROOT, 'package.json'));
  const fakeRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    if (!allow(id)) throw new Error(`module not available here: ${id}`);
    return rootRequire(id);
  };
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    { filename: file },
  ) as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, fakeRequire, module, file, dirname(file));
  return required;
}

describe('preload bundle', () => {
  it('exposes window.comptoir.api with one function per contract method, and nothing else', async () => {
    const exposed: [string, unknown][] = [];
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: 'from main' }),
      },
    };
    // A sandboxed preload may require only a few modules: the bundle needs electron alone.
    const required = runCommonJs(bundle.preload, electron, () => false);
    expect(required).toEqual(['electron']);

    expect(exposed.map(([key]) => key)).toEqual(['comptoir']);
    const bridge = exposed[0]![1] as {
      api: Record<string, (input: unknown, meta?: unknown) => Promise<unknown>>;
    };
    expect(Object.keys(bridge)).toEqual(['api']);
    expect(Object.keys(bridge.api).sort()).toEqual(Object.keys(contract).sort());
    expect(bundle.methods).toEqual(Object.keys(contract).sort());
    expect(bridge.api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(bridge) && Object.isFrozen(bridge.api)).toBe(true);

    expect(await bridge.api['app.info']!({}, { lang: 'en' })).toEqual({ ok: true, value: 'from main' });
    await bridge.api['sites.list']!({});
    expect(invoked).toEqual([
      [API_CHANNEL, 'app.info', {}, { lang: 'en' }],
      [API_CHANNEL, 'sites.list', {}, undefined],
    ]);
  });
});

interface Recorded {
  order: string[];
  name?: string;
  paths: Record<string, string>;
  sandbox: boolean;
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  dialogs: MessageBoxOptions[];
  windows: { options: BrowserWindowConstructorOptions; loaded: string[] }[];
  ipc: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  menu?: MenuItemConstructorOptions[];
  appListeners: Map<string, (...args: unknown[]) => void>;
  quit: number;
  exitCode?: number;
}

/** A recording stand-in for the parts of Electron main.ts uses. */
function fakeElectron(options: {
  appPath: string;
  isPackaged?: boolean;
  lock?: boolean;
  dialogResponse?: number;
}) {
  const rec: Recorded = {
    order: [],
    paths: { appData: join(options.appPath, 'appData') },
    sandbox: false,
    schemes: [],
    protocolHandlers: new Map(),
    dialogs: [],
    windows: [],
    ipc: new Map(),
    appListeners: new Map(),
    quit: 0,
  };
  const session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
  };
  class BrowserWindow {
    readonly record: Recorded['windows'][number];
    readonly webContents = { session, on: () => undefined, setWindowOpenHandler: () => undefined };
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      this.record = { options: windowOptions, loaded: [] };
      rec.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  const electron = {
    app: {
      isPackaged: options.isPackaged ?? false,
      setName: (name: string) => void (rec.name = name),
      setPath: (key: string, value: string) => void (rec.paths[key] = value),
      getPath: (key: string) => rec.paths[key],
      enableSandbox: () => void (rec.sandbox = true),
      requestSingleInstanceLock: () => options.lock ?? true,
      on: (event: string, listener: (...args: unknown[]) => void) =>
        void rec.appListeners.set(event, listener),
      whenReady: () => (rec.order.push('whenReady'), Promise.resolve()),
      quit: () => void rec.quit++,
      exit: (code: number) => void (rec.exitCode = code),
      getPreferredSystemLanguages: () => ['fr-FR'],
      getLocale: () => 'fr',
      getAppPath: () => options.appPath,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => (
        rec.order.push('schemes'),
        rec.schemes.push(...schemes)
      ),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        void rec.protocolHandlers.set(scheme, handler),
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: (e: unknown, ...a: unknown[]) => Promise<unknown>) =>
        void rec.ipc.set(channel, listener),
    },
    dialog: {
      showMessageBox: async (box: MessageBoxOptions) => (
        rec.dialogs.push(box),
        { response: options.dialogResponse ?? 1 }
      ),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => void (rec.menu = menu),
    },
    shell: { openExternal: async () => undefined },
  };
  return { electron, rec };
}

const savedEnv = { ...process.env };
afterEach(() => {
  for (const key of ['COMPTOIR_DATA', 'COMPTOIR_NOW', 'COMPTOIR_DEMO', 'COMPTOIR_NATIVE_BINDING']) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  vi.restoreAllMocks();
});

/** An app folder as packaged: a stub renderer beside the bundles. */
function appFolder(): string {
  const appPath = mkdtempSync(join(tmpdir(), 'comptoir-app-'));
  mkdirSync(join(appPath, 'dist-renderer'));
  writeFileSync(
    join(appPath, 'dist-renderer', 'index.html'),
    '<!doctype html><title>Comptoir</title><div id="root"></div>',
  );
  return appPath;
}

function startMain(env: Record<string, string>, options: Parameters<typeof fakeElectron>[0]) {
  Object.assign(process.env, { COMPTOIR_NOW: '2026-06-05T08:00:00Z', ...env });
  const fake = fakeElectron(options);
  runCommonJs(
    bundle.main,
    fake.electron,
    (id) => id === 'better-sqlite3' || id.startsWith('node:') || !id.includes('/'),
  );
  return fake.rec;
}

/** Fires will-quit as Electron would: the app holds the quit until the database is closed. */
async function closeApp(rec: Recorded): Promise<void> {
  const before = rec.quit;
  let prevented = false;
  rec.appListeners.get('will-quit')!({ preventDefault: () => void (prevented = true) });
  expect(prevented).toBe(true);
  await vi.waitFor(() => expect(rec.quit).toBe(before + 1));
}

describe('main process bundle', () => {
  it('starts on an empty data folder: asks about the demo, opens the secure window, answers the API', async () => {
    const appPath = appFolder();
    const dataDir = join(appPath, 'data');
    const rec = startMain({ COMPTOIR_DATA: dataDir }, { appPath, dialogResponse: 1 });
    await vi.waitFor(() => expect(rec.windows).toHaveLength(1));

    expect(rec.name).toBe('Comptoir');
    expect(rec.paths.userData).toBe(dataDir);
    expect(rec.sandbox).toBe(true);
    // Scheme privileges must be fixed before the app is ready.
    expect(rec.order).toEqual(['schemes', 'whenReady']);
    expect(existsSync(join(dataDir, 'comptoir.sqlite'))).toBe(true);

    expect(rec.dialogs.map((d) => [d.type, d.title])).toEqual([['question', 'Bienvenue dans Comptoir']]);

    const win = rec.windows[0]!;
    expect(win.loaded).toEqual([APP_ENTRY_URL]);
    expect(win.options.title).toBe('Comptoir');
    expect(win.options.webPreferences).toMatchObject({
      preload: join(appPath, 'dist-electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: true,
    });

    const served = await rec.protocolHandlers.get('app')!(new Request('app://comptoir/index.html'));
    expect(await served.text()).toContain('<div id="root">');

    const call = rec.ipc.get(API_CHANNEL)!;
    const info = await call({ senderFrame: { url: 'app://comptoir/index.html' } }, 'app.info', {}, {});
    expect(info).toMatchObject({
      ok: true,
      value: { dataDir, clockFixed: true, now: '2026-06-05T08:00:00.000Z' },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = await call({ senderFrame: { url: 'https://evil.example/' } }, 'app.info', {}, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(rec.menu!.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    rec.appListeners.get('window-all-closed')!();
    expect(rec.quit).toBe(1);
    // Closing the last connection checkpoints the WAL into the database file and removes it.
    expect(existsSync(join(dataDir, 'comptoir.sqlite-wal'))).toBe(true);
    await closeApp(rec);
    expect(existsSync(join(dataDir, 'comptoir.sqlite-wal'))).toBe(false);
  });

  it('refuses a database written by a newer version in a dialog, without opening a window', async () => {
    const appPath = appFolder();
    const dataDir = join(appPath, 'data');
    mkdirSync(dataDir);
    const sqlite = new BetterSqlite3(join(dataDir, 'comptoir.sqlite'));
    sqlite.pragma('user_version = 999');
    sqlite.close();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const rec = startMain({ COMPTOIR_DATA: dataDir }, { appPath });
    await vi.waitFor(() => expect(rec.exitCode).toBe(1));
    expect(rec.windows).toHaveLength(0);
    expect(rec.ipc.size).toBe(0);
    expect(rec.dialogs).toHaveLength(1);
    expect(rec.dialogs[0]).toMatchObject({ type: 'error', title: 'Comptoir ne peut pas démarrer' });
    expect(rec.dialogs[0]!.message).toContain('version plus récente');
    expect(rec.dialogs[0]!.message).not.toMatch(/\n\s+at\s/);
  });

  it('hands COMPTOIR_NATIVE_BINDING to SQLite when unpackaged, and ignores it once packaged', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bogus = { COMPTOIR_NATIVE_BINDING: '/nowhere/better_sqlite3.node', COMPTOIR_DEMO: 'skip' };

    const appPath = appFolder();
    const dev = startMain({ ...bogus, COMPTOIR_DATA: join(appPath, 'data') }, { appPath });
    await vi.waitFor(() => expect(dev.exitCode).toBe(1));
    expect(dev.dialogs[0]!.message).toContain('/nowhere/better_sqlite3');

    const packagedPath = appFolder();
    const packaged = startMain(
      { ...bogus, COMPTOIR_DATA: join(packagedPath, 'data') },
      { appPath: packagedPath, isPackaged: true },
    );
    await vi.waitFor(() => expect(packaged.windows).toHaveLength(1));
    expect(packaged.dialogs).toEqual([]);
    expect(packaged.windows[0]!.options.webPreferences!.devTools).toBe(false);
    const view = packaged.menu!.find((m) => m.label === 'Affichage')!.submenu as MenuItemConstructorOptions[];
    expect(view.map((i) => i.role)).not.toContain('reload');
    await closeApp(packaged);
  });

  it('leaves the data folder to the instance already running', async () => {
    const appPath = appFolder();
    const rec = startMain({ COMPTOIR_DATA: join(appPath, 'data') }, { appPath, lock: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rec.quit).toBe(1);
    expect(rec.order).toEqual(['schemes']);
    expect(rec.windows).toHaveLength(0);
    expect(existsSync(join(appPath, 'data', 'comptoir.sqlite'))).toBe(false);
  });
});
