import type { ComptoirBridge } from '../../src-main/electron/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    comptoir?: ComptoirBridge;
  }
}
