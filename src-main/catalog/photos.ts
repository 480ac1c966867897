import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { removeAttachment, storeAttachment } from '../attachments/store';
import { MAX_PHOTOS_PER_RESOURCE, PHOTO_MIMES, type PhotoDto, type resourceAddPhotoInput } from './contract';
import { loadResource } from './resource-write';

/** A photo is an image attachment of the resource: its bytes must really be JPEG, PNG or WebP. */
export async function addResourcePhoto(
  ctx: Ctx,
  input: z.output<typeof resourceAddPhotoInput>,
): Promise<PhotoDto> {
  const resource = await loadResource(ctx.db, input.resourceId);
  const { n } = await ctx.db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_type', '=', 'resource')
    .where('owner_id', '=', resource.id)
    .executeTakeFirstOrThrow();
  if (Number(n) >= MAX_PHOTOS_PER_RESOURCE) {
    throw new DomainError('INVALID_STATE', 'too_many_photos', { max: MAX_PHOTOS_PER_RESOURCE });
  }
  const photo = await storeAttachment(
    ctx,
    { type: 'resource', id: resource.id },
    { fileName: input.fileName, mime: input.mime, base64: input.base64 },
    PHOTO_MIMES,
  );
  ctx.audit({ entity: 'resource', entityId: resource.id, action: 'add_photo', fields: ['photos'] });
  return photo;
}

/** Only a resource's photo can be removed here: a certificate scan is not reachable by this door. */
export async function removeResourcePhoto(ctx: Ctx, attachmentId: number): Promise<{ id: number }> {
  const row = await ctx.db
    .selectFrom('attachments')
    .select(['id', 'owner_id'])
    .where('id', '=', attachmentId)
    .where('owner_type', '=', 'resource')
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'attachment', id: attachmentId });
  await removeAttachment(ctx, attachmentId);
  ctx.audit({ entity: 'resource', entityId: row.owner_id, action: 'remove_photo', fields: ['photos'] });
  return { id: attachmentId };
}
