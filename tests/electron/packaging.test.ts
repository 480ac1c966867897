import { listPackage, extractFile, statFile } from '@electron/asar';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, bundleShell } from '../../scripts/electron-build.mjs';
import { DEFAULT_STAGE, runElectronBuilder, stageApp } from '../../scripts/electron-stage.mjs';

/**
 * `electron-builder --dir` on the real config, offline: Electron itself is replaced by a stand-in
 * folder whose "binary" carries the fuse sentinel, and the native rebuild (which downloads) is
 * switched off. What it proves: files, asar, the unpacked addon, the fuses, and that packaging
 * leaves the project's own better-sqlite3 build alone. The rebuild for Electron itself runs only
 * where there is internet (npm run dist).
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ADDON = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function standInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // Fuse wire v1, 8 fuses, Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS
  // on, --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
  ]);
  writeFileSync(join(dir, 'electron'), binary, { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  mkdirSync(join(dir, 'resources'));
}

describe('packaging', () => {
  it('stages outside the repository, where a native rebuild cannot reach the project’s node_modules', () => {
    // @electron/rebuild rebuilds every copy of a native module between the app folder and the project root.
    expect(relative(ROOT, DEFAULT_STAGE).startsWith('..')).toBe(true);
  });

  it('refuses to run from the repository itself, before any rebuild could touch node_modules', () => {
    const result = runElectronBuilder({
      stageDir: ROOT,
      outputDir: join(mkdtempSync(join(tmpdir(), 'comptoir-pack-')), 'out'),
      extraArgs: ['--dir', '-c.npmRebuild=false'],
      stdio: 'pipe',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain("Application directory app doesn't exist");
  });

  it.skipIf(process.platform !== 'linux')(
    'packs the bundles, the renderer and better-sqlite3 with its addon unpacked, and flips the fuses',
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'comptoir-pack-'));
      const distElectron = join(work, 'dist-electron');
      const distRenderer = join(work, 'dist-renderer');
      await bundleShell({ outDir: distElectron, production: true });
      mkdirSync(join(distRenderer, 'assets'), { recursive: true });
      writeFileSync(join(distRenderer, 'index.html'), '<!doctype html><title>Comptoir</title>');
      writeFileSync(join(distRenderer, 'assets', 'index.js'), 'export {}');
      standInElectron(join(work, 'electron-dist'));
      const projectAddon = join(ROOT, ADDON);
      const before = sha256(projectAddon);

      const {
        stageDir,
        appDir: stagedApp,
        modules,
      } = stageApp({
        stageDir: join(work, 'stage'),
        distElectron,
        distRenderer,
      });
      expect(stagedApp).toBe(join(stageDir, 'app'));
      expect(modules).toContain(join('node_modules', 'better-sqlite3'));
      expect(modules).toContain(join('node_modules', 'bindings'));
      const result = runElectronBuilder({
        stageDir,
        outputDir: join(work, 'out'),
        extraArgs: [
          '--dir',
          '--linux',
          `-c.electronDist=${join(work, 'electron-dist')}`,
          '-c.npmRebuild=false',
        ],
        stdio: 'pipe',
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

      const unpackedDir = readdirSync(join(work, 'out')).find((d) => /^linux.*unpacked$/.test(d));
      expect(unpackedDir).toBeDefined();
      const appDir = join(work, 'out', unpackedDir!);
      const asar = join(appDir, 'resources', 'app.asar');
      const files = listPackage(asar, { isPack: false }).map((f) => f.split(sep).join('/'));

      for (const expected of [
        '/package.json',
        '/dist-electron/main.cjs',
        '/dist-electron/preload.cjs',
        '/dist-renderer/index.html',
        '/dist-renderer/assets/index.js',
        '/node_modules/better-sqlite3/lib/index.js',
        '/node_modules/bindings/bindings.js',
      ]) {
        expect(files).toContain(expected);
      }
      // Sources, tests, maps, dev tools and what main.cjs already bundles stay out.
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      for (const absent of [
        '/src-main',
        '/src-renderer',
        '/tests',
        '/db',
        '/scripts',
        '/node_modules/better-sqlite3/deps',
        '/node_modules/better-sqlite3/src',
      ]) {
        expect(
          files.some((f) => f === absent || f.startsWith(`${absent}/`)),
          absent,
        ).toBe(false);
      }
      for (const bundled of [
        'react',
        'zod',
        'kysely',
        'luxon',
        'electron',
        'vite',
        'typescript',
        'tsx',
        'esbuild',
      ]) {
        expect(
          files.some((f) => f.startsWith(`/node_modules/${bundled}/`)),
          bundled,
        ).toBe(false);
      }

      const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
      expect((statFile(asar, addon) as { unpacked?: boolean }).unpacked).toBe(true);
      expect(existsSync(join(appDir, 'resources', 'app.asar.unpacked', ADDON))).toBe(true);

      const pkg = JSON.parse(extractFile(asar, 'package.json').toString()) as Record<string, unknown>;
      expect(pkg).toMatchObject({ productName: 'Comptoir', main: 'dist-electron/main.cjs' });
      expect(Object.keys(pkg.dependencies as object)).toEqual(['better-sqlite3']);

      // The executable is renamed and its fuses are set as electron-builder.yml asks.
      const exe = readFileSync(join(appDir, 'comptoir'));
      const wire = exe
        .subarray(exe.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2)
        .toString('latin1', 0, 8);
      expect(wire).toBe('01001100');

      expect(sha256(projectAddon)).toBe(before);
    },
    120_000,
  );
});
