import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../../src-main/electron/contract';
import { CONTENT_SECURITY_POLICY } from '../../src-main/electron/protocol';
import {
  BLOCKED_URL_PATTERNS,
  createMainWindow,
  isAllowedExternal,
  type NavigationEvent,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike,
  type WindowLike,
} from '../../src-main/electron/window';

type Listener = (...args: never[]) => unknown;

/** A stand-in for BrowserWindow + webContents + session that records what the factory wires. */
function fakeWindowHost() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  let permissionRequest:
    ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: ((wc: unknown, permission: string) => boolean) | undefined;
  let beforeRequest: { urls: string[]; listener: Listener } | undefined;
  let headersReceived: Listener | undefined;
  const opened: string[] = [];
  const loaded: string[] = [];
  let shown = 0;
  let options: BrowserWindowConstructorOptions | undefined;

  const session: SessionLike = {
    setPermissionRequestHandler: (h) => void (permissionRequest = h),
    setPermissionCheckHandler: (h) => void (permissionCheck = h),
    webRequest: {
      onBeforeRequest: (filter, listener) => void (beforeRequest = { urls: filter.urls, listener }),
      onHeadersReceived: (listener) => void (headersReceived = listener),
    },
  };
  const webContents: WebContentsLike = {
    session,
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (h) => void (openHandler = h),
  };
  const win: WindowLike = {
    webContents,
    once: (event: string, listener: Listener) => listeners.set(`once:${event}`, listener),
    show: () => void shown++,
    loadURL: async (url) => void loaded.push(url),
  };
  const deps = {
    createWindow: (o: BrowserWindowConstructorOptions) => ((options = o), win),
    openExternal: async (url: string) => void opened.push(url),
  };

  const navigate = (event: 'will-navigate' | 'will-redirect', url: string) => {
    let prevented = false;
    const e: NavigationEvent = { url, preventDefault: () => void (prevented = true) };
    (listeners.get(event) as (e: NavigationEvent) => void)(e);
    return prevented;
  };
  return {
    deps,
    opened,
    loaded,
    get shown() {
      return shown;
    },
    get options() {
      if (!options) throw new Error('no window created');
      return options;
    },
    navigate,
    emit: (event: string, ...args: unknown[]) => (listeners.get(event) as (...a: unknown[]) => void)(...args),
    openWindow: (url: string) => openHandler!({ url }),
    requestPermission: (permission: string) =>
      new Promise<boolean>((resolve) => permissionRequest!({}, permission, resolve)),
    checkPermission: (permission: string) => permissionCheck!({}, permission),
    beforeRequest: () => beforeRequest!,
    headersReceived: (details: { url: string; responseHeaders?: Record<string, string[]> }) =>
      new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) =>
        (headersReceived as (d: typeof details, cb: typeof resolve) => void)(details, resolve),
      ),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function open(dev = false) {
  const host = fakeWindowHost();
  createMainWindow(host.deps, { preload: '/app/dist-electron/preload.cjs', dev, title: 'Comptoir' });
  return host;
}

describe('main window factory', () => {
  it('creates the window with every security setting of the checklist', () => {
    const prefs = open().options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
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
      spellcheck: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('allows devtools only in development', () => {
    expect(open(true).options.webPreferences!.devTools).toBe(true);
    expect(open(false).options.webPreferences!.devTools).toBe(false);
  });

  it('loads the app from app://comptoir/ and shows it once ready', () => {
    const host = open();
    expect(host.loaded).toEqual([APP_ENTRY_URL]);
    expect(host.options.show).toBe(false);
    expect(host.shown).toBe(0);
    host.emit('once:ready-to-show');
    expect(host.shown).toBe(1);
  });

  it('denies every navigation, including to its own origin and to remote pages', async () => {
    const host = open();
    for (const url of [
      'https://evil.example/',
      'app://comptoir/other.html',
      'file:///etc/passwd',
      'http://127.0.0.1:5173/',
    ]) {
      expect(host.navigate('will-navigate', url)).toBe(true);
      expect(host.navigate('will-redirect', url)).toBe(true);
    }
    await flush();
    expect(host.opened).toEqual([]);
  });

  it('sends an allowed https link to the system browser instead of navigating', async () => {
    const host = open();
    expect(host.navigate('will-navigate', 'https://www.service-public.fr/associations')).toBe(true);
    await flush();
    expect(host.opened).toEqual(['https://www.service-public.fr/associations']);
  });

  it('denies every new window and opens only allow-listed https links externally', async () => {
    const host = open();
    const urls = [
      'https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006069570',
      'https://evil.example/',
      'http://www.service-public.fr/', // not https
      'https://www.service-public.fr.evil.example/',
      'https://user:pass@www.service-public.fr/',
      'https://www.service-public.fr:8443/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://comptoir/index.html',
    ];
    for (const url of urls) expect(host.openWindow(url)).toEqual({ action: 'deny' });
    await flush();
    expect(host.opened).toEqual(['https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006069570']);
  });

  it('refuses <webview> attachment', () => {
    const host = open();
    let prevented = false;
    const event: PreventableEvent = { preventDefault: () => void (prevented = true) };
    host.emit('will-attach-webview', event);
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check', async () => {
    const host = open();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      expect(await host.requestPermission(permission)).toBe(false);
      expect(host.checkPermission(permission)).toBe(false);
    }
  });

  it('cancels every request to the network or to local files', async () => {
    const { urls, listener } = open().beforeRequest();
    expect(urls).toEqual(expect.arrayContaining(BLOCKED_URL_PATTERNS));
    for (const scheme of ['http', 'https', 'ws', 'wss', 'file']) expect(urls).toContain(`${scheme}://*/*`);
    const response = await new Promise((resolve) =>
      (listener as (d: { url: string }, cb: (r: unknown) => void) => void)(
        { url: 'https://cdn.example/x.js' },
        resolve,
      ),
    );
    expect(response).toEqual({ cancel: true });
  });

  it('puts the strict CSP on every app:// response, replacing a weaker one', async () => {
    const host = open();
    const app = await host.headersReceived({
      url: 'app://comptoir/index.html',
      responseHeaders: {
        'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
        'content-type': ['text/html'],
      },
    });
    expect(app.responseHeaders).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    const devtools = await host.headersReceived({
      url: 'devtools://devtools/bundled/inspector.html',
      responseHeaders: {},
    });
    expect(devtools).toEqual({});
  });
});

describe('external link allow-list', () => {
  it('matches whole https origins only', () => {
    const origins = ['https://www.cnil.fr'];
    expect(isAllowedExternal('https://www.cnil.fr/fr/rgpd', origins)).toBe(true);
    expect(isAllowedExternal('https://www.cnil.fr', origins)).toBe(true);
    expect(isAllowedExternal('https://cnil.fr/', origins)).toBe(false);
    expect(isAllowedExternal('https://www.cnil.fr@evil.example/', origins)).toBe(false);
    expect(isAllowedExternal('not a url', origins)).toBe(false);
  });
});
