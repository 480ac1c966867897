import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './contract';

/**
 * The renderer's only source: files of dist-renderer/ served as app://comptoir/…, never file://
 * (which would grant every local file the same origin) and never a remote page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React's style={…} attributes need inline styles; scripts stay strictly same-origin.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and an origin of its own; secure: treated like https. No bypassCSP.
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const RAW_URL = new RegExp(`^${APP_SCHEME}://([^/?#]*)([^?#]*)`, 'i');

/**
 * Maps an app://comptoir/… URL to a file inside `root`, or null. The path is checked as it was
 * written, before any URL parser folds `..` away, so an attempt is refused rather than repaired:
 * dot segments (plain or percent-encoded), backslashes, NUL, drive letters, other hosts, ports and
 * credentials all give null; whatever is left must still resolve inside `root`.
 */
export function resolveAppPath(root: string, url: string): string | null {
  const match = RAW_URL.exec(url);
  if (!match) return null;
  const host = match[1] ?? '';
  const rawPath = match[2] ?? '';
  if (host.toLowerCase() !== APP_HOST) return null;
  if (/\\|%5c|%00|\0/i.test(rawPath)) return null;
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return file.startsWith(base + sep) ? file : null;
}

export function appHeaders(file: string): Record<string, string> {
  return {
    'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

function refuse(status: number): Response {
  return new Response(null, {
    status,
    headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
  });
}

/** The app:// handler: read-only, files under `root` only; client-side routes fall back to index.html. */
export function appProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = resolveAppPath(root, request.url);
    if (!file) return refuse(404);
    const served =
      (await readOrNull(file)) ?? (extname(file) ? null : await readOrNull(resolve(root, 'index.html')));
    if (!served) return refuse(404);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(served.body), {
      status: 200,
      headers: appHeaders(served.file),
    });
  };
}

async function readOrNull(file: string): Promise<{ file: string; body: Buffer } | null> {
  try {
    return { file, body: await readFile(file) };
  } catch {
    return null;
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(root));
}
