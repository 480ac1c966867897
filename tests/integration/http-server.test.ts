import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, type RunningServer } from '../../src-main/transports/http-server';
import { testApp } from '../helpers/test-app';

/** Raw requests, so the Host header can be forged the way a DNS-rebinding page would. */
function raw(
  port: number,
  opts: { path: string; method?: string; host?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: opts.path,
          method: opts.method ?? 'GET',
          headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(opts.body);
    },
  );
}

let server: RunningServer;
beforeAll(async () => {
  const app = await testApp();
  const staticDir = mkdtempSync(join(tmpdir(), 'comptoir-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Comptoir</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startHttpServer({ registry: app.registry, staticDir });
});
afterAll(() => server.close());

const call = (body: unknown, token = server.token, host?: string) =>
  raw(server.port, {
    path: '/api/call',
    method: 'POST',
    host,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('browser-mode HTTP transport', () => {
  it('listens on loopback and prints a URL carrying its token', () => {
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`),
    );
  });

  it('answers an API call with the registry envelope', async () => {
    const r = await call({ method: 'app.info', input: {}, meta: { lang: 'en' } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { clockFixed: true } });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await call({ method: 'app.info', input: {} }, 'wrong')).status).toBe(401);
    const none = await raw(server.port, { path: '/api/call', method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const r = await call({ method: 'app.info', input: {} }, server.token, `evil.example:${server.port}`);
    expect(r.status).toBe(403);
    expect((await raw(server.port, { path: '/', host: 'evil.example' })).status).toBe(403);
  });

  it('passes validation errors through as envelopes, in the caller language', async () => {
    const r = await call({ method: 'staff.create', input: { name: '', role: 'chef' }, meta: { lang: 'en' } });
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toMatch(/^Some data is invalid/);
  });

  it('refuses bad JSON with a clear code', async () => {
    const r = await raw(server.port, {
      path: '/api/call',
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: '{nope',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.code).toBe('VALIDATION_FAILED');
  });

  it('serves the app with a CSP, falls back to index.html, and refuses path traversal', async () => {
    const index = await raw(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'self'");
    expect((await raw(server.port, { path: '/assets/app.js' })).headers['content-type']).toContain(
      'javascript',
    );
    expect((await raw(server.port, { path: '/catalogue' })).body).toContain('<title>Comptoir');
    expect((await raw(server.port, { path: '/assets/missing.js' })).status).toBe(404);
    // The URL parser folds %2e%2e away (the app is served instead); an encoded slash survives it and is refused.
    for (const path of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/../../etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const r = await raw(server.port, { path });
      expect(r.body, path).not.toContain('root:');
      expect([200, 403, 404], path).toContain(r.status);
    }
    expect((await raw(server.port, { path: '/..%2f..%2fetc%2fpasswd' })).status).toBe(403);
  });
});
