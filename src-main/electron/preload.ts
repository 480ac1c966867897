import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

/**
 * The API's method names, fixed when the preload is bundled (scripts/electron-build.mjs reads
 * them from src-main/api/contract.ts): the sandboxed preload carries no schema library.
 */
declare const __COMPTOIR_API_METHODS__: readonly string[];

contextBridge.exposeInMainWorld(
  'comptoir',
  buildBridge(__COMPTOIR_API_METHODS__, (channel, method, input, meta) =>
    ipcRenderer.invoke(channel, method, input, meta),
  ),
);
