// Types for scripts/electron-stage.mjs (plain Node at run time, imported by the packaging test).
import type { SpawnSyncReturns, StdioOptions } from 'node:child_process';

export declare const NATIVE_RUNTIME_MODULES: string[];
export declare const DEFAULT_STAGE: string;
export declare const STAGED_APP: string;
export declare function productionClosure(names: string[]): string[];
export declare function stageApp(options?: {
  stageDir?: string;
  distElectron?: string;
  distRenderer?: string;
}): { stageDir: string; appDir: string; modules: string[] };
export declare function runElectronBuilder(options?: {
  stageDir?: string;
  outputDir?: string;
  extraArgs?: string[];
  stdio?: StdioOptions;
}): SpawnSyncReturns<string>;
