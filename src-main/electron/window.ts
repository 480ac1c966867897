import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from './contract';
import { CONTENT_SECURITY_POLICY } from './protocol';

/**
 * The one window factory. It is written against the few Electron members it uses, so the tests
 * drive it with plain objects; main.ts passes the real BrowserWindow and tsc checks they fit.
 */
export interface PreventableEvent {
  preventDefault(): void;
}
export interface NavigationEvent extends PreventableEvent {
  url: string;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

export interface WebContentsLike {
  session: SessionLike;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface WindowLike {
  webContents: WebContentsLike;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export interface WindowDeps<W extends WindowLike> {
  createWindow(options: BrowserWindowConstructorOptions): W;
  openExternal(url: string): Promise<void>;
}

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  preload: string;
  /** Unpackaged runs only: devtools and the reload menu. */
  dev: boolean;
  title: string;
  icon?: string;
  /** Origins (https only) that links may open in the system browser. */
  externalOrigins?: readonly string[];
}

/** Public reference sites a desk may need (associations, insurance, GDPR); nothing else leaves the app. */
export const DEFAULT_EXTERNAL_ORIGINS: readonly string[] = [
  'https://www.service-public.fr',
  'https://www.associations.gouv.fr',
  'https://lecompteasso.associations.gouv.fr',
  'https://www.legifrance.gouv.fr',
  'https://www.cnil.fr',
];

/** Remote schemes the renderer may never load: it has no business on the network. */
export const BLOCKED_URL_PATTERNS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
  'file://*/*',
];

export function windowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The spell checker downloads dictionaries from a Google CDN: the desk may be offline.
      spellcheck: false,
      devTools: options.dev,
    },
  };
}

/** True for an https URL whose origin is on the allow-list (no credentials, no other port). */
export function isAllowedExternal(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return origins.includes(parsed.origin);
}

export function createMainWindow<W extends WindowLike>(deps: WindowDeps<W>, options: MainWindowOptions): W {
  const win = deps.createWindow(windowOptions(options));
  const origins = options.externalOrigins ?? DEFAULT_EXTERNAL_ORIGINS;
  const openIfAllowed = (url: string): void => {
    if (!isAllowedExternal(url, origins)) return;
    deps.openExternal(url).catch((e: unknown) => console.error('[comptoir] openExternal failed:', e));
  };
  const contents = win.webContents;

  // The app is a single page: any navigation away from it is refused; allowed links go to the browser.
  const denyNavigation = (event: NavigationEvent): void => {
    event.preventDefault();
    openIfAllowed(event.url);
  };
  contents.on('will-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  secureSession(contents.session);

  win.once('ready-to-show', () => win.show());
  win
    .loadURL(APP_ENTRY_URL)
    .catch((e: unknown) => console.error('[comptoir] loading the interface failed:', e));
  return win;
}

/** Camera, microphone, notifications, geolocation, USB…: the desk needs none, so all are refused. */
export function secureSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) =>
    callback({ cancel: true }),
  );
  // The app protocol already sends the CSP; this keeps it on every app:// response whatever serves it.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith(`${APP_ORIGIN}/`)) return callback({});
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers))
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
