import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { AttachmentOwner } from '../../db/schema';
import { DomainError } from '../core/errors';
import type { Ctx } from '../api/context';

/** Files the desk attaches (photos, scanned certificates) live in the data folder, not in the database. */
export const FILES_DIR = 'files';
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ALLOWED_MIME = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AllowedMime = (typeof ALLOWED_MIME)[number];

export interface AttachmentDto {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  createdAt: string;
}

/** The first bytes must match the declared type: a renamed .exe is not a photo. */
function sniff(bytes: Buffer): AllowedMime | null {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

function resolveInside(dataDir: string, relative: string): string {
  const root = resolve(dataDir, FILES_DIR);
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) throw new DomainError('FILE_ERROR', 'file_path_refused');
  return full;
}

/**
 * Stores the bytes under files/<owner>/<sha256>.<ext> (written to a temporary name, then renamed,
 * so a killed process never leaves half a file under the final name) and records the row.
 */
export async function storeAttachment(
  ctx: Ctx,
  owner: { type: AttachmentOwner; id: number },
  file: { fileName: string; mime: AllowedMime; base64: string },
  accept: readonly AllowedMime[] = ALLOWED_MIME,
): Promise<AttachmentDto> {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) throw new DomainError('FILE_ERROR', 'file_empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new DomainError('FILE_ERROR', 'file_too_large', { max: '10 Mo' });
  const actual = sniff(bytes);
  if (actual === null || actual !== file.mime || !accept.includes(actual)) {
    const kinds = accept
      .map((m) => (m === 'application/pdf' ? 'PDF' : m.split('/')[1]?.toUpperCase()))
      .join(', ');
    throw new DomainError('FILE_ERROR', 'file_type_refused', { name: file.fileName, accepted: kinds });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = actual === 'application/pdf' ? 'pdf' : actual.split('/')[1];
  const relative = `${owner.type}/${sha256}.${ext}`;
  const full = resolveInside(ctx.env.dataDir, relative);
  mkdirSync(dirname(full), { recursive: true });
  const tmp = `${full}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, full);
  const row = await ctx.db
    .insertInto('attachments')
    .values({
      owner_type: owner.type,
      owner_id: owner.id,
      file_name: file.fileName,
      stored_path: relative,
      mime: actual,
      size: bytes.length,
      sha256,
      created_at: ctx.now.toISOString(),
    })
    .returning(['id', 'file_name', 'mime', 'size', 'created_at'])
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'attachment', entityId: row.id, action: 'create', fields: ['file'] });
  return { id: row.id, fileName: row.file_name, mime: row.mime, size: row.size, createdAt: row.created_at };
}

export async function listAttachments(
  db: Ctx['db'],
  owner: { type: AttachmentOwner; id: number },
): Promise<AttachmentDto[]> {
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'file_name', 'mime', 'size', 'created_at'])
    .where('owner_type', '=', owner.type)
    .where('owner_id', '=', owner.id)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    createdAt: r.created_at,
  }));
}

/** The bytes of an attachment, base64-encoded for the transports. */
export async function readAttachment(
  ctx: Ctx,
  id: number,
): Promise<{ mime: string; fileName: string; base64: string }> {
  const row = await ctx.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'attachment', id });
  const full = resolveInside(ctx.env.dataDir, row.stored_path);
  try {
    return { mime: row.mime, fileName: row.file_name, base64: readFileSync(full).toString('base64') };
  } catch {
    throw new DomainError('FILE_ERROR', 'file_missing', { name: row.file_name });
  }
}

/** Removes the row; the file goes too unless another row still points at the same content. */
export async function removeAttachment(ctx: Ctx, id: number): Promise<void> {
  const row = await ctx.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'attachment', id });
  await ctx.db.deleteFrom('attachments').where('id', '=', id).execute();
  const others = await ctx.db
    .selectFrom('attachments')
    .select('id')
    .where('stored_path', '=', row.stored_path)
    .executeTakeFirst();
  if (!others) rmSync(resolveInside(ctx.env.dataDir, row.stored_path), { force: true });
  ctx.audit({ entity: 'attachment', entityId: id, action: 'delete', fields: ['file'] });
}
