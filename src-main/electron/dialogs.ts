import type { MessageBoxOptions } from 'electron';
import { SchemaTooNewError } from '../../db/connection';
import { say, type ShellKey, type ShellLang } from './shell-messages';

/** The one member of Electron's `dialog` the shell uses (tests pass a recorder). */
export interface DialogLike {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

export interface DialogText {
  title: string;
  message: string;
  detail: string;
}

const FOLDER_CODES = new Set([
  'EEXIST',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOTDIR',
  'EISDIR',
  'ENOENT',
  'SQLITE_CANTOPEN',
  'SQLITE_PERM',
]);
const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const NATIVE_MESSAGE =
  /NODE_MODULE_VERSION|compiled against a different Node\.js version|invalid ELF header|not a valid Win32/i;

/** The first line of a message, shortened: what a volunteer may read, never a stack trace. */
export function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let e = error;
    e !== undefined && e !== null && chain.length < 5;
    e = (e as { cause?: unknown }).cause
  ) {
    chain.push(e);
  }
  return chain;
}

/** Which of the known startup failures this is (looking through `cause`), and its parameters. */
export function startupProblem(error: unknown): { key: ShellKey; params: Record<string, string | number> } {
  for (const e of causes(error)) {
    if (e instanceof SchemaTooNewError)
      return { key: 'start.schemaTooNew', params: { found: e.found, known: e.known } };
    const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
    if (FOLDER_CODES.has(code) || code.startsWith('SQLITE_READONLY'))
      return { key: 'start.folder', params: {} };
    if (CORRUPT_CODES.has(code)) return { key: 'start.corrupt', params: {} };
    if (BUSY_CODES.has(code)) return { key: 'start.busy', params: {} };
    if (code === 'ERR_DLOPEN_FAILED' || (e instanceof Error && NATIVE_MESSAGE.test(e.message)))
      return { key: 'start.native', params: {} };
  }
  return { key: 'start.other', params: { reason: shortReason(error) } };
}

export function startupErrorText(error: unknown, lang: ShellLang, dataDir: string): DialogText {
  const problem = startupProblem(error);
  return {
    title: say(lang, 'start.title'),
    message: say(lang, problem.key, problem.params),
    detail: say(lang, 'start.where', { dataDir }),
  };
}

export async function showStartupError(
  dialog: DialogLike,
  error: unknown,
  lang: ShellLang,
  dataDir: string,
): Promise<void> {
  const text = startupErrorText(error, lang, dataDir);
  await dialog.showMessageBox({ type: 'error', ...text, buttons: [say(lang, 'start.ok')], noLink: true });
}

/** True when the user chose to load the demonstration. */
export async function askLoadDemo(dialog: DialogLike, lang: ShellLang, dataDir: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: say(lang, 'demo.title'),
    message: say(lang, 'demo.message'),
    detail: say(lang, 'demo.detail', { dataDir }),
    buttons: [say(lang, 'demo.load'), say(lang, 'demo.empty')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

export async function showDemoFailure(dialog: DialogLike, error: unknown, lang: ShellLang): Promise<void> {
  await dialog.showMessageBox({
    type: 'warning',
    title: say(lang, 'demo.title'),
    message: say(lang, 'demo.failed', { reason: shortReason(error) }),
    buttons: [say(lang, 'about.ok')],
    noLink: true,
  });
}

export interface AboutInfo {
  version: string;
  dataDir: string;
  versions: { electron?: string; chrome?: string; node?: string };
}

export async function showAbout(dialog: DialogLike, info: AboutInfo, lang: ShellLang): Promise<void> {
  await dialog.showMessageBox({
    type: 'info',
    title: say(lang, 'about.title'),
    message: say(lang, 'about.message', { version: info.version }),
    detail: say(lang, 'about.detail', {
      dataDir: info.dataDir,
      electron: info.versions.electron ?? '?',
      chrome: info.versions.chrome ?? '?',
      node: info.versions.node ?? '?',
    }),
    buttons: [say(lang, 'about.ok')],
    noLink: true,
  });
}
