#!/usr/bin/env node
// `npm run dist`: builds the interface and the shell, stages the app outside the repository and
// packages it with electron-builder into dist-app/ (AppImage + deb, NSIS or dmg for the platform
// it runs on). Arguments after `npm run dist --` go to electron-builder (e.g. `-- --dir`).
// The installers need internet access (Electron itself, the better-sqlite3 rebuild, packaging tools).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, buildRenderer, bundleShell, checkElectronAbi, electronInfo } from './electron-build.mjs';
import { DEFAULT_STAGE, runElectronBuilder, stageApp } from './electron-stage.mjs';

const ADDON = join(
  'app.asar.unpacked',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

/** Every packaged copy of the addon under dist-app (one per platform/arch folder). */
function packagedAddons(dir, depth = 0) {
  if (depth > 6 || !existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'resources' || entry.name === 'Resources') {
      if (existsSync(join(path, ADDON))) found.push(join(path, ADDON));
    } else found.push(...packagedAddons(path, depth + 1));
  }
  return found;
}

try {
  console.log('Building the interface (vite)…');
  buildRenderer();
  console.log('Bundling the Electron shell (esbuild)…');
  await bundleShell({ production: true });
  console.log(`Staging the app in ${DEFAULT_STAGE}…`);
  stageApp();
  const result = runElectronBuilder({ extraArgs: process.argv.slice(2) });
  if (result.status !== 0)
    throw new Error(`electron-builder failed (exit ${result.status}); the staged app is in ${DEFAULT_STAGE}`);

  // Never trust a rebuild blindly: an addon built for Node would only fail on the user's machine.
  const { abi } = electronInfo();
  for (const addon of packagedAddons(join(ROOT, 'dist-app'))) {
    const check = checkElectronAbi(addon, abi);
    if (!check.ok) throw new Error(`${relative(ROOT, addon)} is not built for Electron: ${check.reason}`);
    console.log(`${relative(ROOT, addon)}: ${check.warning ?? `built for Electron (ABI ${abi})`}`);
  }
  rmSync(DEFAULT_STAGE, { recursive: true, force: true });
} catch (e) {
  console.error(`npm run dist: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
