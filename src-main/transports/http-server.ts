import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Registry } from '../api/registry';
import type { CallMeta } from '../core/contract-kit';

/** The browser mode: the same registry over HTTP, on loopback only, behind a random token. */
export interface HttpOptions {
  registry: Registry;
  /** The built renderer (dist-renderer/). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 20 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** DNS-rebinding defence: a page from another origin resolving to 127.0.0.1 still sends its own Host. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: ServerResponse, staticDir: string, pathname: string): Promise<void> {
  const root = resolve(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  const file = resolve(root, '.' + (decoded === '/' ? '/index.html' : decoded));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden');
  try {
    const body = await readFile(file);
    send(res, 200, body, MIME[extname(file)] ?? 'application/octet-stream');
  } catch {
    // Unknown paths fall back to the app (client-side navigation); missing assets stay 404.
    if (extname(file)) return send(res, 404, 'Not found');
    try {
      send(res, 200, await readFile(resolve(root, 'index.html')), MIME['.html']);
    } catch {
      send(res, 500, "L'interface n'est pas construite : lancez `npm run build:renderer`.");
    }
  }
}

export function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const server = createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'Host refused');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname === '/api/call') {
        if (req.method !== 'POST') return send(res, 405, 'POST only');
        const auth = req.headers.authorization ?? '';
        if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token)) {
          return send(
            res,
            401,
            JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Bad token' } }),
            MIME['.json'],
          );
        }
        let payload: { method?: unknown; input?: unknown; meta?: unknown };
        try {
          payload = JSON.parse(await readBody(req)) as typeof payload;
        } catch {
          return send(
            res,
            400,
            JSON.stringify({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'Bad JSON' } }),
            MIME['.json'],
          );
        }
        const meta = (
          typeof payload.meta === 'object' && payload.meta !== null ? payload.meta : {}
        ) as CallMeta;
        const envelope = await options.registry.call(String(payload.method ?? ''), payload.input ?? {}, {
          staff: typeof meta.staff === 'string' ? meta.staff : undefined,
          pin: typeof meta.pin === 'string' ? meta.pin : undefined,
          lang: meta.lang === 'en' ? 'en' : 'fr',
        });
        return send(res, 200, JSON.stringify(envelope), MIME['.json']);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      await serveStatic(res, options.staticDir, url.pathname);
    })().catch((e: unknown) => {
      console.error('[comptoir] http error:', e);
      if (!res.headersSent) send(res, 500, 'Internal error');
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
