import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogApp } from './test-setup';

/** A real 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n').toString('base64');

describe('resource photos', () => {
  it('adds a photo, shows it on the record, reads it back, then removes it and its file', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const photo = await app.ok('resources.addPhoto', {
      resourceId: ring.id,
      fileName: 'ring.png',
      mime: 'image/png',
      base64: PNG,
    });
    expect(photo).toMatchObject({ fileName: 'ring.png', mime: 'image/png', size: 70 });
    expect((await app.ok('resources.get', { id: ring.id })).photos).toEqual([photo]);
    expect(await app.ok('attachments.read', { id: photo.id })).toEqual({
      mime: 'image/png',
      fileName: 'ring.png',
      base64: PNG,
    });
    const stored = await app.conn.db
      .selectFrom('attachments')
      .select('stored_path')
      .where('id', '=', photo.id)
      .executeTakeFirstOrThrow();
    const file = join(app.dataDir, 'files', stored.stored_path);
    expect(existsSync(file)).toBe(true);

    expect(await app.ok('resources.removePhoto', { attachmentId: photo.id })).toEqual({ id: photo.id });
    expect((await app.ok('resources.get', { id: ring.id })).photos).toEqual([]);
    expect(existsSync(file)).toBe(false);
    expect((await app.fails('attachments.read', { id: photo.id })).code).toBe('NOT_FOUND');
    const actions = await app.conn.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('method', 'in', ['resources.addPhoto', 'resources.removePhoto'])
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { entity: 'attachment', action: 'create' },
      { entity: 'resource', action: 'add_photo' },
      { entity: 'attachment', action: 'delete' },
      { entity: 'resource', action: 'remove_photo' },
    ]);
  });

  it('refuses bytes that are not the declared image, a PDF, and unreadable base64', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const base = { resourceId: ring.id, fileName: 'ring.png', mime: 'image/png' };
    const notPng = await app.fails('resources.addPhoto', {
      ...base,
      base64: Buffer.from('MZ this is a program').toString('base64'),
    });
    expect(notPng.code).toBe('FILE_ERROR');
    expect(notPng.message).toContain('ring.png');
    const pdfAsJpeg = await app.fails('resources.addPhoto', { ...base, mime: 'image/jpeg', base64: PDF });
    expect(pdfAsJpeg.code).toBe('FILE_ERROR');
    expect(
      (await app.fails('resources.addPhoto', { ...base, mime: 'application/pdf', base64: PDF })).code,
    ).toBe('VALIDATION_FAILED');
    expect((await app.fails('resources.addPhoto', { ...base, base64: 'not base64!' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await app.conn.db.selectFrom('attachments').selectAll().execute()).toHaveLength(0);
    expect((await app.fails('resources.addPhoto', { ...base, resourceId: 999, base64: PNG })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('does not let removePhoto delete a certificate scan', async () => {
    const app = await catalogApp();
    const scan = await app.conn.db
      .insertInto('attachments')
      .values({
        owner_type: 'insurance_certificate',
        owner_id: 1,
        file_name: 'attestation.pdf',
        stored_path: 'insurance_certificate/x.pdf',
        mime: 'application/pdf',
        size: 10,
        sha256: 'x',
        created_at: '2026-06-05T08:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await app.fails('resources.removePhoto', { attachmentId: scan.id })).code).toBe('NOT_FOUND');
    expect(await app.conn.db.selectFrom('attachments').selectAll().execute()).toHaveLength(1);
  });
});
