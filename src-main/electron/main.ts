import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openApp, type App } from '../app';
import { clockFromEnv } from '../core/clock';
import { defaultDataDir, PRODUCT_NAME } from '../core/data-dir';
import { APP_VERSION } from '../core/version';
import { loadDemo } from '../../db/demo/index';
import { askLoadDemo, showAbout, showDemoFailure, showStartupError } from './dialogs';
import { demoChoiceFromEnv, offerDemoOnFirstRun } from './first-run';
import { registerApiIpc } from './ipc';
import { menuTemplate } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { pickShellLang, type ShellLang } from './shell-messages';
import { createMainWindow } from './window';

/**
 * The desktop app's lifecycle: one instance per data folder, the database opened before any
 * window, startup failures explained in a dialog. Everything it wires is tested on its own.
 */
const dev = !app.isPackaged;
// Electron wants an absolute userData path; COMPTOIR_DATA may be relative to where it was started.
const dataDir = resolve(defaultDataDir());
// npm start hands over an Electron build of the SQLite addon; a packaged app has its own, rebuilt in place.
const nativeBinding = app.isPackaged ? undefined : process.env.COMPTOIR_NATIVE_BINDING || undefined;

app.setName(PRODUCT_NAME);
// Electron derived userData from package.json's lowercase name before this file ran; the database
// and Chromium's own files share the CLI's data folder (~/.config/Comptoir, %APPDATA%\Comptoir…).
app.setPath('userData', dataDir);
app.enableSandbox();
registerAppScheme(protocol);

let comptoir: App | null = null;
let mainWindow: BrowserWindow | null = null;

function shellLang(): ShellLang {
  const preferred = app.getPreferredSystemLanguages();
  return pickShellLang(preferred.length > 0 ? preferred : [app.getLocale()]);
}

async function start(): Promise<void> {
  const lang = shellLang();
  const root = app.getAppPath();
  registerAppProtocol(protocol, join(root, 'dist-renderer'));

  try {
    comptoir = await openApp(dataDir, clockFromEnv(), { nativeBinding });
  } catch (e) {
    console.error('[comptoir] startup failed:', e);
    await showStartupError(dialog, e, lang, dataDir);
    app.exit(1);
    return;
  }

  await offerDemoOnFirstRun(comptoir, {
    choice: demoChoiceFromEnv(),
    ask: () => askLoadDemo(dialog, lang, dataDir),
    load: loadDemo,
    onFailure: (e) => showDemoFailure(dialog, e, lang),
  });

  registerApiIpc(ipcMain, comptoir.registry);
  const about = { version: APP_VERSION, dataDir, versions: process.versions };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        lang,
        dev,
        platform: process.platform,
        onAbout: () => void showAbout(dialog, about, lang),
      }),
    ),
  );

  const icon = join(root, 'assets', 'icon.png');
  mainWindow = createMainWindow(
    { createWindow: (options) => new BrowserWindow(options), openExternal: (url) => shell.openExternal(url) },
    {
      preload: join(root, 'dist-electron', 'preload.cjs'),
      dev,
      title: PRODUCT_NAME,
      ...(existsSync(icon) ? { icon } : {}),
    },
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Comptoir already holds this data folder: it is brought forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window holds the desk: closing it quits, on macOS too, so the database is closed cleanly.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!comptoir) return;
    event.preventDefault();
    const closing = comptoir;
    comptoir = null;
    closing
      .close()
      .catch((e: unknown) => console.error('[comptoir] closing the database failed:', e))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch(async (e: unknown) => {
      console.error('[comptoir] startup failed:', e);
      await showStartupError(dialog, e, shellLang(), dataDir).catch(() => undefined);
      app.exit(1);
    });
}
