import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, checkElectronAbi, electronBuildEnv, electronInfo } from '../../scripts/electron-build.mjs';

/**
 * The guard against GUIDE's trap (npm's nodedir=/usr makes an "Electron" rebuild target Node):
 * `npm start` and `npm run dist` load the addon they got in plain Node and accept it only when
 * Node refuses it for carrying Electron's module version.
 */
const hasCompiler = process.platform !== 'win32' && spawnSync('cc', ['--version']).status === 0;

/** A minimal addon that registers itself with the given NODE_MODULE_VERSION, as a real one does. */
function fakeAddon(abi: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'comptoir-abi-'));
  writeFileSync(
    join(dir, 'addon.c'),
    `#include <stddef.h>
struct node_module { int v; unsigned int f; void *d; const char *fn; void *r; void *cr; const char *n; void *p; void *l; };
extern void node_module_register(void *);
static struct node_module m = { ${abi}, 0, NULL, "addon.c", NULL, NULL, "addon", NULL, NULL };
__attribute__((constructor)) static void reg(void) { node_module_register(&m); }
`,
  );
  const flags =
    process.platform === 'darwin' ? ['-bundle', '-undefined', 'dynamic_lookup'] : ['-shared', '-fPIC'];
  const cc = spawnSync('cc', [...flags, '-o', join(dir, 'addon.node'), join(dir, 'addon.c')], {
    encoding: 'utf8',
  });
  if (cc.status !== 0) throw new Error(cc.stderr);
  return join(dir, 'addon.node');
}

describe('Electron build of better-sqlite3', () => {
  const { abi } = electronInfo();

  it('rejects the Node build that tests and the CLI use', () => {
    const check = checkElectronAbi(
      join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      abi,
    );
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/built for Node, not Electron/);
  });

  it.skipIf(!hasCompiler)('accepts an addon carrying Electron’s module version, and only that one', () => {
    expect(checkElectronAbi(fakeAddon(Number(abi)), abi)).toEqual({ ok: true });
    const other = checkElectronAbi(fakeAddon(Number(abi) - 1), abi);
    expect(other).toEqual({
      ok: false,
      reason: `it was built for ABI ${Number(abi) - 1}, Electron needs ${abi}`,
    });
  });

  it('lets through, with a warning, a file it cannot judge (another platform’s build)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptoir-abi-'));
    writeFileSync(join(dir, 'garbage.node'), 'not a shared library');
    const check = checkElectronAbi(join(dir, 'garbage.node'), abi);
    expect(check).toMatchObject({ ok: true, warning: expect.stringMatching(/could not be checked/) });
  });

  it('builds with npm’s nodedir and build settings removed, network settings kept', () => {
    const env = electronBuildEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_build_from_source: 'true',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cafile: '/etc/ssl/ca.pem',
      ELECTRON_RUN_AS_NODE: '1',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cafile: '/etc/ssl/ca.pem',
    });
  });
});
