import type { ErrorBody } from '../../src-main/core/contract-kit';
import { call } from '../api/client';
import { base64ToBlob } from './files';

/**
 * Shows a stored file (a scanned certificate). In a browser tab it opens beside the desk; the
 * desktop app opens no new windows, so there it is saved where the agent chooses.
 */
export async function openAttachment(id: number): Promise<ErrorBody | null> {
  const env = await call('attachments.read', { id });
  if (!env.ok) return env.error;
  const url = URL.createObjectURL(base64ToBlob(env.value.base64, env.value.mime));
  const a = document.createElement('a');
  a.href = url;
  if (window.comptoir) a.download = env.value.fileName;
  else {
    a.target = '_blank';
    a.rel = 'noopener';
  }
  document.body.append(a);
  a.click();
  a.remove();
  // The opened tab has loaded it by then; the URL must not live as long as the desk.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}
