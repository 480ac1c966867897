// The folder electron-builder packages: the built app plus a node_modules holding only
// better-sqlite3 and its dependencies. It lives outside the repository on purpose:
// @electron/rebuild rebuilds every copy of a native module it finds from the app folder up to the
// project root, so a stage inside the repository would rebuild the project's own better-sqlite3
// for Electron and break the tests and the CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { ROOT, electronBuildEnv, electronInfo } from './electron-build.mjs';

/** Runtime modules main.cjs leaves external (electron is the runtime itself). */
export const NATIVE_RUNTIME_MODULES = ['better-sqlite3'];

export const DEFAULT_STAGE = join(tmpdir(), 'comptoir-electron-stage');
/** The app folder inside the stage (electron-builder.yml's directories.app). */
export const STAGED_APP = 'app';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Where Node would find `name` when required from `fromDir` (without leaving the repository). */
function locate(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === ROOT || dirname(dir) === dir) return null;
  }
}

/** The package folders (relative to the repository) of `names` and everything they depend on. */
export function productionClosure(names) {
  const found = new Set();
  const visit = (name, fromDir, optional) => {
    const dir = locate(name, fromDir);
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} (needed by ${relative(ROOT, fromDir) || 'the app'}) is not installed`);
    }
    const rel = relative(ROOT, dir);
    if (found.has(rel)) return;
    found.add(rel);
    const pkg = readJson(join(dir, 'package.json'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const name of names) visit(name, ROOT, false);
  return [...found].sort();
}

function copyModule(rel, stageDir) {
  const source = join(ROOT, rel);
  const isSqlite = rel === join('node_modules', 'better-sqlite3');
  cpSync(source, join(stageDir, rel), {
    recursive: true,
    filter: (path) => {
      const inner = relative(source, path);
      // Nested node_modules are copied as packages of their own (when they are dependencies).
      if (inner === 'node_modules' || inner.startsWith(`node_modules${sep}`)) return false;
      if (!isSqlite) return true;
      // Keep the sources (the Electron rebuild needs them) and only the addon from the Node build.
      if (inner === 'build' || inner === join('build', 'Release')) return true;
      if (inner.startsWith(`build${sep}`)) return inner === join('build', 'Release', 'better_sqlite3.node');
      return true;
    },
  });
}

/**
 * Writes the stage: package.json, dist-electron, dist-renderer, assets, node_modules. The built
 * folders default to the repository's; tests pass their own.
 */
export function stageApp({
  stageDir = DEFAULT_STAGE,
  distElectron = join(ROOT, 'dist-electron'),
  distRenderer = join(ROOT, 'dist-renderer'),
} = {}) {
  for (const required of [
    join(distElectron, 'main.cjs'),
    join(distElectron, 'preload.cjs'),
    join(distRenderer, 'index.html'),
  ]) {
    if (!existsSync(required))
      throw new Error(`${relative(ROOT, required)} is missing: build it before staging`);
  }
  rmSync(stageDir, { recursive: true, force: true });
  const appDir = join(stageDir, STAGED_APP);
  mkdirSync(appDir, { recursive: true });
  const pkg = readJson(join(ROOT, 'package.json'));
  // electron-builder's "two package.json" layout: the project level only names the Electron version.
  const project = {
    name: `${pkg.name}-packaging`,
    version: pkg.version,
    private: true,
    devDependencies: { electron: electronInfo().version },
  };
  writeFileSync(join(stageDir, 'package.json'), `${JSON.stringify(project, null, 2)}\n`);
  const dependencies = Object.fromEntries(
    NATIVE_RUNTIME_MODULES.map((name) => [
      name,
      readJson(join(ROOT, 'node_modules', name, 'package.json')).version,
    ]),
  );
  const staged = {
    name: pkg.name,
    productName: 'Comptoir',
    version: pkg.version,
    description: pkg.description,
    author: { name: 'Comptoir', email: 'contact@comptoir.invalid' },
    license: pkg.license ?? 'UNLICENSED',
    main: 'dist-electron/main.cjs',
    dependencies,
  };
  writeFileSync(join(appDir, 'package.json'), `${JSON.stringify(staged, null, 2)}\n`);
  cpSync(distElectron, join(appDir, 'dist-electron'), { recursive: true });
  cpSync(distRenderer, join(appDir, 'dist-renderer'), { recursive: true });
  if (existsSync(join(ROOT, 'assets')))
    cpSync(join(ROOT, 'assets'), join(appDir, 'assets'), { recursive: true });
  const modules = productionClosure(NATIVE_RUNTIME_MODULES);
  for (const rel of modules) copyModule(rel, appDir);
  return { stageDir, appDir, modules };
}

/** Runs electron-builder on the stage; `extraArgs` are electron-builder's (e.g. --dir, --linux). */
export function runElectronBuilder({
  stageDir = DEFAULT_STAGE,
  outputDir = join(ROOT, 'dist-app'),
  extraArgs = [],
  stdio = 'inherit',
} = {}) {
  const cli = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  const args = [
    cli,
    '--projectDir',
    stageDir,
    '--config',
    join(ROOT, 'electron-builder.yml'),
    `-c.directories.output=${outputDir}`,
    `-c.electronVersion=${electronInfo().version}`,
    '--publish',
    'never',
    ...extraArgs,
  ];
  // Sanitised: npm's nodedir=/usr would make the Electron rebuild compile against Node's headers.
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio,
    env: electronBuildEnv(),
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return result;
}
