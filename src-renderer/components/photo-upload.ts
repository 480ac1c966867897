import type { TFunction } from 'i18next';
import { PHOTO_MIMES } from '../../src-main/catalog/contract';
import type { Envelope } from '../../src-main/core/contract-kit';
import { readFileAsBase64 } from './files';

export type PhotoMime = (typeof PHOTO_MIMES)[number];
export interface PhotoFile {
  fileName: string;
  mime: PhotoMime;
  base64: string;
}

/**
 * Sends chosen photos one by one through `send` (the method that stores them), so one bad file
 * does not lose the others; what was refused is listed by file name for the agent.
 */
export async function uploadPhotos(
  files: readonly File[],
  send: (photo: PhotoFile) => Promise<Envelope<unknown>>,
  t: TFunction,
): Promise<{ added: number; problems: string[] }> {
  const problems: string[] = [];
  let added = 0;
  for (const file of files) {
    const picked = await readFileAsBase64(file);
    const mime = PHOTO_MIMES.find((m) => m === picked.mime);
    if (!mime) {
      problems.push(t('photos.wrongType', { name: file.name }));
      continue;
    }
    const env = await send({ fileName: picked.fileName, mime, base64: picked.base64 });
    if (env.ok) added++;
    // The API's message usually names the file already.
    else
      problems.push(
        env.error.message.includes(file.name) ? env.error.message : `${file.name} : ${env.error.message}`,
      );
  }
  return { added, problems };
}
