// Build steps shared by `npm start`, `npm run dist` and the Electron tests: the renderer (Vite),
// the main process and preload (esbuild), and an Electron build of better-sqlite3's addon kept
// apart from node_modules so tests and the CLI keep their Node build.
import { build, formatMessages } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

const ELECTRON_HEADERS = 'https://electronjs.org/headers';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The installed Electron's version and module ABI (NODE_MODULE_VERSION). */
export function electronInfo() {
  const dir = join(ROOT, 'node_modules', 'electron');
  return {
    version: readJson(join(dir, 'package.json')).version,
    abi: readFileSync(join(dir, 'abi_version'), 'utf8').trim(),
  };
}

/** `{ path }` of the Electron binary, or `{ path: null, reason }` when it was never downloaded. */
export function findElectronBinary() {
  let path;
  try {
    path = requireFromRoot('electron');
  } catch {
    return {
      path: null,
      reason:
        'node_modules/electron has no binary (installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { path: null, reason: `${path} does not exist` };
  return { path };
}

export const ELECTRON_MISSING_HINT =
  'download it with internet access: `npm rebuild electron` (or a fresh `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD)';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** `vite build` with the renderer engineer's vite.config.ts: dist-renderer/. */
export function buildRenderer() {
  if (!existsSync(join(ROOT, 'vite.config.ts')))
    throw new Error('vite.config.ts is missing: the interface cannot be built.');
  const status = run(process.execPath, [
    join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--logLevel',
    'warn',
  ]);
  if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
}

/** The API's method names, read from the contract itself (bundled and run in a child Node). */
export async function apiMethodNames() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src-main/api/contract.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = `${result.outputFiles[0].text}\nconsole.log(JSON.stringify(Object.keys(contract)));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-'], { input: code, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`reading the API contract failed:\n${child.stderr}`);
  const names = JSON.parse(child.stdout.trim().split('\n').pop());
  if (!Array.isArray(names) || names.length === 0) throw new Error('the API contract lists no method');
  return names.sort();
}

async function failOnWarnings(results) {
  const warnings = results.flatMap((r) => r.warnings);
  if (warnings.length === 0) return;
  const text = await formatMessages(warnings, { kind: 'warning' });
  // A warning here (import.meta in CommonJS, a missing export…) is a bug at runtime: refuse it.
  throw new Error(`esbuild warnings in the Electron shell:\n${text.join('\n')}`);
}

/**
 * dist-electron/main.cjs and preload.cjs. electron and better-sqlite3 stay external: the first is
 * the runtime, the second loads its native addon (the nativeBinding path, or its own build).
 */
export async function bundleShell({ outDir = join(ROOT, 'dist-electron'), production = false } = {}) {
  const methods = await apiMethodNames();
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    sourcemap: production ? false : 'linked',
    legalComments: 'none',
    logLevel: 'silent',
  };
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'src-main/electron/main.ts' },
      platform: 'node',
      target: 'node22',
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: { preload: 'src-main/electron/preload.ts' },
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
      define: { __COMPTOIR_API_METHODS__: JSON.stringify(methods) },
    }),
  ]);
  await failOnWarnings(results);
  return { outDir, main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs'), methods };
}

/**
 * The environment for building the addon for Electron. npm exports its config to scripts as
 * npm_config_*; here that includes nodedir=/usr, which would make node-gyp build against Node's
 * headers while claiming success. Only network settings survive.
 */
export function electronBuildEnv(env = process.env) {
  const keep = /^npm_config_(proxy|https_proxy|http_proxy|noproxy|cafile|strict_ssl|cache|local_address)$/i;
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_/i.test(key) && !keep.test(key)) continue;
    out[key] = value;
  }
  delete out.ELECTRON_RUN_AS_NODE;
  return out;
}

/**
 * Loads the addon in this Node: a build for Electron must be refused with Electron's module
 * version. One that loads was built for Node (the nodedir trap) and is rejected.
 */
export function checkElectronAbi(file, abi) {
  const probe = `try { process.dlopen({ exports: {} }, ${JSON.stringify(file)}); console.log('LOADED'); } catch (e) { console.log(e.message); }`;
  const child = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  const out = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  if (out.includes('LOADED')) {
    return {
      ok: false,
      reason: `it loads in Node ${process.version} (ABI ${process.versions.modules}): it was built for Node, not Electron`,
    };
  }
  const found = /NODE_MODULE_VERSION (\d+)/.exec(out)?.[1];
  if (found === abi) return { ok: true };
  if (found) return { ok: false, reason: `it was built for ABI ${found}, Electron needs ${abi}` };
  return { ok: true, warning: `its ABI could not be checked: ${out.trim().split('\n')[0]}` };
}

function tryPrebuilt(work, electron, env) {
  const bin = createRequire(join(work, 'package.json')).resolve('prebuild-install/bin.js', { paths: [ROOT] });
  const args = [
    bin,
    '--runtime=electron',
    `--target=${electron.version}`,
    `--arch=${process.arch}`,
    `--platform=${process.platform}`,
    '--verbose',
  ];
  return run(process.execPath, args, { cwd: work, env }) === 0;
}

function tryNodeGyp(work, electron, env) {
  let bin;
  try {
    bin = requireFromRoot.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return false;
  }
  const args = [
    bin,
    'rebuild',
    '--release',
    `--target=${electron.version}`,
    `--arch=${process.arch}`,
    `--dist-url=${ELECTRON_HEADERS}`,
    `--devdir=${join(ROOT, '.electron-native', 'gyp')}`,
  ];
  return run(process.execPath, args, { cwd: work, env }) === 0;
}

/**
 * .electron-native/<key>/better_sqlite3.node: a prebuilt binary for this Electron, or a rebuild of
 * a copy of the module against Electron's headers. node_modules is never touched. Returns its path.
 */
export function prepareElectronNative({ log = (line) => console.log(line) } = {}) {
  const electron = electronInfo();
  const source = join(ROOT, 'node_modules', 'better-sqlite3');
  const sqliteVersion = readJson(join(source, 'package.json')).version;
  const key = `better-sqlite3-${sqliteVersion}-electron-${electron.version}-${process.platform}-${process.arch}`;
  const target = join(ROOT, '.electron-native', key, 'better_sqlite3.node');
  if (existsSync(target)) {
    const cached = checkElectronAbi(target, electron.abi);
    if (cached.ok && !cached.warning) return target;
  }

  log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${electron.version} (ABI ${electron.abi})…`);
  const work = join(ROOT, '.electron-native', 'work', 'better-sqlite3');
  rmSync(dirname(work), { recursive: true, force: true });
  cpSync(source, work, {
    recursive: true,
    filter: (path) => {
      const rel = relative(source, path);
      return !['build', 'node_modules'].some((skip) => rel === skip || rel.startsWith(skip + sep));
    },
  });
  try {
    const env = electronBuildEnv();
    let built = tryPrebuilt(work, electron, env);
    if (!built) {
      log('No prebuilt binary: building from source against the Electron headers…');
      built = tryNodeGyp(work, electron, env);
    }
    const produced = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!built || !existsSync(produced)) {
      throw new Error(
        `could not get better-sqlite3 for Electron ${electron.version}: no prebuilt binary could be downloaded and ` +
          'the build from source failed (it needs internet access for the Electron headers, Python and a C++ compiler)',
      );
    }
    const check = checkElectronAbi(produced, electron.abi);
    if (!check.ok) throw new Error(`the better-sqlite3 build is not for Electron: ${check.reason}`);
    if (check.warning) log(`Warning: ${check.warning}`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(produced, target);
    return target;
  } finally {
    rmSync(dirname(work), { recursive: true, force: true });
  }
}
