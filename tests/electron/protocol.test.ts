import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  appProtocolHandler,
  registerAppScheme,
  resolveAppPath,
} from '../../src-main/electron/protocol';

// A built renderer with a secret file beside it (outside the served folder).
const base = mkdtempSync(join(tmpdir(), 'comptoir-protocol-'));
const root = join(base, 'dist-renderer');
beforeAll(() => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Comptoir</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'with space.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'SECRET');
  writeFileSync(join(base, 'comptoir.sqlite'), 'DATABASE');
});

describe('resolveAppPath', () => {
  it('maps app://comptoir/ URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://comptoir/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://comptoir')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://comptoir/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://comptoir/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://comptoir/assets/with%20space.css')).toBe(
      join(root, 'assets', 'with space.css'),
    );
    expect(resolveAppPath(root, 'APP://Comptoir/index.html')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['dot-dot', 'app://comptoir/../secret.txt'],
    ['dot-dot deeper', 'app://comptoir/assets/../../secret.txt'],
    ['dot-dot at the end', 'app://comptoir/assets/..'],
    ['single dot', 'app://comptoir/./index.html'],
    ['encoded dot-dot', 'app://comptoir/%2e%2e/secret.txt'],
    ['encoded dot-dot, upper case', 'app://comptoir/%2E%2E/secret.txt'],
    ['half-encoded dot-dot', 'app://comptoir/.%2e/secret.txt'],
    ['encoded slash', 'app://comptoir/assets%2f..%2f..%2fsecret.txt'],
    ['backslash', 'app://comptoir/..\\secret.txt'],
    ['encoded backslash', 'app://comptoir/..%5csecret.txt'],
    ['NUL byte', 'app://comptoir/index.html%00.js'],
    ['drive letter', 'app://comptoir/C:/Windows/win.ini'],
    ['absolute path in a segment', 'app://comptoir/%2fetc%2fpasswd'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://comptoir.evil/index.html'],
    ['credentials', 'app://user@comptoir/index.html'],
    ['a port', 'app://comptoir:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://comptoir/index.html'],
    ['broken encoding', 'app://comptoir/%E0%A4%A'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('app:// handler', () => {
  const handler = appProtocolHandler(root);
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves the interface with the strict CSP and the right type', async () => {
    const res = await get('app://comptoir/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Comptoir</title>');
    const js = await get('app://comptoir/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for client-side routes but not for missing assets', async () => {
    const route = await get('app://comptoir/loans/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Comptoir</title>');
    expect((await get('app://comptoir/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://comptoir/../secret.txt',
      'app://comptoir/%2e%2e/secret.txt',
      'app://comptoir/%2e%2e/comptoir.sqlite',
      'app://comptoir/assets%2f..%2f..%2fsecret.txt',
      'app://evil/secret.txt',
    ]) {
      const res = await get(url);
      const body = await res.text();
      expect(body).not.toContain('SECRET');
      expect(body).not.toContain('DATABASE');
    }
    expect((await get('app://comptoir/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('is read-only', async () => {
    expect((await get('app://comptoir/index.html', 'POST')).status).toBe(405);
    const head = await get('app://comptoir/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers app:// as a standard, secure scheme without CSP bypass', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void registered.push(...schemes) });
    expect(registered).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});
