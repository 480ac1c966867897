import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name: Electron's userData folder is derived from it, and so is the CLI's default. */
export const PRODUCT_NAME = 'Comptoir';

/**
 * The folder the desktop app uses (Electron's `app.getPath('userData')` for an app named Comptoir),
 * so the CLI and the app open the same database by default. COMPTOIR_DATA overrides it.
 */
export function defaultDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.COMPTOIR_DATA) return env.COMPTOIR_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
