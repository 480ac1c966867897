import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AttachmentOwner, Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import { listAttachments, removeAttachment, storeAttachment } from '../attachments/store';
import { PHOTO_MIMES } from '../catalog/contract';
import { DomainError } from '../core/errors';
import type { LinePhotoDto, LinePhotoPhase, linePhotoAddInput } from './contract';

/** A handful per line and moment is what a desk takes; more is a stray drag of a whole folder. */
export const MAX_PHOTOS_PER_LINE = 10;

const OWNER: Record<LinePhotoPhase, AttachmentOwner> = { checkout: 'line_checkout', return: 'line_return' };
const PHASE: Partial<Record<AttachmentOwner, LinePhotoPhase>> = {
  line_checkout: 'checkout',
  line_return: 'return',
};

/**
 * A photo of a line's condition as it went out or as it came back. It can be taken during the
 * handover or added afterwards, but only once that moment happened: there is no "state on return"
 * of a line that has not come back.
 */
export async function addLinePhoto(
  ctx: Ctx,
  input: z.output<typeof linePhotoAddInput>,
): Promise<LinePhotoDto> {
  const line = await ctx.db
    .selectFrom('booking_lines')
    .innerJoin('bookings', 'bookings.id', 'booking_lines.booking_id')
    .select([
      'booking_lines.id',
      'booking_lines.booking_id',
      'booking_lines.quantity_ok',
      'booking_lines.quantity_damaged',
      'booking_lines.quantity_missing',
      'bookings.checked_out_at',
    ])
    .where('booking_lines.id', '=', input.lineId)
    .executeTakeFirst();
  if (!line) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'ligne', id: input.lineId });
  if (line.checked_out_at === null) throw new DomainError('INVALID_STATE', 'photo_line_not_out');
  const accounted = line.quantity_ok + line.quantity_damaged + line.quantity_missing;
  if (input.phase === 'return' && accounted === 0)
    throw new DomainError('INVALID_STATE', 'photo_line_not_back');

  const owner = { type: OWNER[input.phase], id: line.id };
  const existing = await listAttachments(ctx.db, owner);
  if (existing.length >= MAX_PHOTOS_PER_LINE) {
    throw new DomainError('INVALID_STATE', 'too_many_line_photos', { max: MAX_PHOTOS_PER_LINE });
  }
  const photo = await storeAttachment(
    ctx,
    owner,
    { fileName: input.fileName, mime: input.mime, base64: input.base64 },
    PHOTO_MIMES,
  );
  ctx.audit({
    entity: 'booking',
    entityId: line.booking_id,
    action: `add_photo_${input.phase}`,
    fields: ['photos'],
  });
  return { ...photo, lineId: line.id, phase: input.phase };
}

/** Every checkout and return photo of a booking's lines, oldest first. */
export async function linePhotos(db: Kysely<Database>, bookingId: number): Promise<LinePhotoDto[]> {
  const rows = await db
    .selectFrom('attachments')
    .innerJoin('booking_lines', 'booking_lines.id', 'attachments.owner_id')
    .select([
      'attachments.id',
      'attachments.owner_type',
      'attachments.owner_id',
      'attachments.file_name',
      'attachments.mime',
      'attachments.size',
      'attachments.created_at',
    ])
    .where('attachments.owner_type', 'in', Object.values(OWNER))
    .where('booking_lines.booking_id', '=', bookingId)
    .orderBy('attachments.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    createdAt: r.created_at,
    lineId: r.owner_id,
    phase: PHASE[r.owner_type] ?? 'checkout',
  }));
}

/** Only a line's photo can be removed by this door. */
export async function removeLinePhoto(ctx: Ctx, attachmentId: number): Promise<{ id: number }> {
  const row = await ctx.db
    .selectFrom('attachments')
    .innerJoin('booking_lines', 'booking_lines.id', 'attachments.owner_id')
    .select(['attachments.id', 'booking_lines.booking_id'])
    .where('attachments.id', '=', attachmentId)
    .where('attachments.owner_type', 'in', Object.values(OWNER))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'photo', id: attachmentId });
  await removeAttachment(ctx, row.id);
  ctx.audit({ entity: 'booking', entityId: row.booking_id, action: 'remove_photo', fields: ['photos'] });
  return { id: row.id };
}
