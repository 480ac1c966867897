// Types for scripts/electron-build.mjs (plain Node at run time, imported by the Electron tests).
export declare const ROOT: string;
export declare const ELECTRON_MISSING_HINT: string;
export declare function electronInfo(): { version: string; abi: string };
export declare function findElectronBinary(): { path: string } | { path: null; reason: string };
export declare function buildRenderer(): void;
export declare function apiMethodNames(): Promise<string[]>;
export declare function bundleShell(options?: {
  outDir?: string;
  production?: boolean;
}): Promise<{ outDir: string; main: string; preload: string; methods: string[] }>;
export declare function electronBuildEnv(
  env?: Record<string, string | undefined>,
): Record<string, string | undefined>;
export declare function checkElectronAbi(
  file: string,
  abi: string,
): { ok: true; warning?: string } | { ok: false; reason: string };
export declare function prepareElectronNative(options?: { log?: (line: string) => void }): string;
