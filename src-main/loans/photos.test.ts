import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES_DIR } from '../attachments/store';
import { loansApp } from './test-setup';

/** A real 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n').toString('base64');
const photo = (lineId: number, phase: 'checkout' | 'return', fileName = 'etat.png') => ({
  lineId,
  phase,
  fileName,
  mime: 'image/png' as const,
  base64: PNG,
});

async function chairsLoan() {
  const app = await loansApp();
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
  const lineId = b.lines[0]!.id;
  return { app, b, lineId };
}

describe('photos of a line at checkout and on return', () => {
  it('refuses a checkout photo before the line goes out, and a return photo before anything came back', async () => {
    const { app, b, lineId } = await chairsLoan();
    expect((await app.fails('loans.addLinePhoto', photo(lineId, 'checkout'))).code).toBe('INVALID_STATE');
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    const early = await app.fails('loans.addLinePhoto', photo(lineId, 'return'));
    expect(early).toMatchObject({ code: 'INVALID_STATE' });
    expect(early.message).toContain('retour');

    await app.ok('loans.addLinePhoto', photo(lineId, 'checkout', 'sortie.png'));
    await app.ok('loans.return', {
      bookingId: b.id,
      version: out.booking.version,
      items: [{ lineId, ok: 38, damaged: 2, missing: 0 }],
    });
    const back = await app.ok('loans.addLinePhoto', photo(lineId, 'return', 'dos-casse.png'));
    expect(back).toMatchObject({
      lineId,
      phase: 'return',
      fileName: 'dos-casse.png',
      mime: 'image/png',
      size: 70,
    });

    const all = await app.ok('loans.linePhotos', { bookingId: b.id });
    expect(all.map((p) => [p.phase, p.fileName])).toEqual([
      ['checkout', 'sortie.png'],
      ['return', 'dos-casse.png'],
    ]);
    // The bytes read back through the same door as every attachment.
    expect((await app.ok('attachments.read', { id: back.id })).base64).toBe(PNG);
  });

  it('checks the bytes, bounds the count per line and moment, and removes only line photos', async () => {
    const { app, b, lineId } = await chairsLoan();
    await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    const pdf = await app.fails('loans.addLinePhoto', { ...photo(lineId, 'checkout'), base64: PDF });
    expect(pdf.code).toBe('FILE_ERROR');

    const added = [];
    for (let i = 0; i < 10; i++)
      added.push(await app.ok('loans.addLinePhoto', photo(lineId, 'checkout', `p${i}.png`)));
    const eleventh = await app.fails('loans.addLinePhoto', photo(lineId, 'checkout', 'p10.png'));
    expect(eleventh).toMatchObject({ code: 'INVALID_STATE' });
    expect(eleventh.message).toContain('10');

    // Identical bytes share one file: it stays until the last photo pointing at it goes.
    const folder = join(app.dataDir, FILES_DIR, 'line_checkout');
    await app.ok('loans.removeLinePhoto', { attachmentId: added[0]!.id });
    expect((await app.ok('loans.linePhotos', { bookingId: b.id })).length).toBe(9);
    expect(readdirSync(folder)).toHaveLength(1);

    // A resource's photo is not reachable by this door.
    const ring = await app.ok('resources.addPhoto', {
      resourceId: app.chairs.id,
      fileName: 'c.png',
      mime: 'image/png',
      base64: PNG,
    });
    expect((await app.fails('loans.removeLinePhoto', { attachmentId: ring.id })).code).toBe('NOT_FOUND');
    expect((await app.ok('resources.get', { id: app.chairs.id })).photos).toHaveLength(1);
  });
});
