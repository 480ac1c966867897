import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { id } from '../core/contract-fields';

/** An attached file's bytes, base64-encoded for the transports. */
export interface AttachmentContentDto {
  mime: string;
  fileName: string;
  base64: string;
}

export const attachmentsContract = {
  'attachments.read': method({
    kind: 'read',
    summary: "Le contenu d'un fichier joint (photo d'une ressource, attestation scannée).",
    input: z.object({ id }).strict(),
    output: returns<AttachmentContentDto>(),
  }),
};
