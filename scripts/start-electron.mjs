#!/usr/bin/env node
// `npm start`: builds the interface and the shell, prepares the Electron build of the SQLite
// addon in .electron-native/ (node_modules keeps its Node build), then opens the desktop app.
// Arguments after `npm start --` go to Electron.
import { spawn } from 'node:child_process';
import {
  ELECTRON_MISSING_HINT,
  ROOT,
  buildRenderer,
  bundleShell,
  electronBuildEnv,
  findElectronBinary,
  prepareElectronNative,
} from './electron-build.mjs';

const electron = findElectronBinary();
if (!electron.path) {
  // Checked first: nothing is worth building for a binary that cannot run.
  console.error(`Electron binary not installed: ${electron.reason}; ${ELECTRON_MISSING_HINT}.`);
  process.exit(1);
}

try {
  console.log('Building the interface (vite)…');
  buildRenderer();
  console.log('Bundling the Electron shell (esbuild)…');
  await bundleShell();
  const nativeBinding = prepareElectronNative();

  const env = { ...electronBuildEnv(), COMPTOIR_NATIVE_BINDING: nativeBinding };
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} catch (e) {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
