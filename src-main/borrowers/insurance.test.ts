import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../tests/helpers/test-app';

/** A small but complete PDF (one blank page, correct cross-reference table). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const CERT = {
  insurer: 'MAIF',
  policyNumber: '1234567 X',
  coversCivilLiability: true,
  coversLentProperty: true,
  coversVehicleUse: false,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
};

async function org(app: TestApp) {
  return app.ok('organisations.create', { kind: 'association', name: 'Foyer rural' });
}

describe('insurance.add', () => {
  it('stores the scanned PDF in the data folder and links it', async () => {
    const app = await testApp();
    const o = await org(app);
    const pdf = tinyPdf();
    const cert = await app.ok('insurance.add', {
      ...CERT,
      organisationId: o.id,
      file: { fileName: 'attestation-2026.pdf', mime: 'application/pdf', base64: pdf.toString('base64') },
    });
    expect(cert).toMatchObject({
      insurer: 'MAIF',
      coversLentProperty: true,
      badge: { status: 'valid', validTo: '2026-12-31', daysLeft: 209 },
      attachment: { fileName: 'attestation-2026.pdf', mime: 'application/pdf', size: pdf.length },
    });
    const dir = join(app.dataDir, 'files', 'insurance_certificate');
    const stored = readdirSync(dir);
    expect(stored).toHaveLength(1);
    expect(readFileSync(join(dir, stored[0] as string)).equals(pdf)).toBe(true);
    const row = await app.conn.db
      .selectFrom('insurance_certificates')
      .select('attachment_id')
      .where('id', '=', cert.id)
      .executeTakeFirstOrThrow();
    expect(row.attachment_id).toBe(cert.attachment?.id);

    const detail = await app.ok('organisations.get', { id: o.id });
    expect(detail.certificates).toEqual([cert]);
    expect(detail.insurance).toEqual({ status: 'valid', validTo: '2026-12-31', daysLeft: 209 });
  });

  it('refuses fake bytes declared as a PDF and keeps nothing', async () => {
    const app = await testApp();
    const o = await org(app);
    const err = await app.fails('insurance.add', {
      ...CERT,
      organisationId: o.id,
      file: {
        fileName: 'attestation.pdf',
        mime: 'application/pdf',
        base64: Buffer.from('MZ not a pdf').toString('base64'),
      },
    });
    expect(err.code).toBe('FILE_ERROR');
    expect(err.message).toContain('attestation.pdf');
    expect(await app.conn.db.selectFrom('insurance_certificates').selectAll().execute()).toEqual([]);
    expect(await app.conn.db.selectFrom('attachments').selectAll().execute()).toEqual([]);
    expect(existsSync(join(app.dataDir, 'files', 'insurance_certificate'))).toBe(false);
  });

  it('accepts a certificate without a scan', async () => {
    const app = await testApp();
    const o = await org(app);
    const cert = await app.ok('insurance.add', { ...CERT, organisationId: o.id, file: null });
    expect(cert.attachment).toBeNull();
  });

  it('refuses an end before the start, and a certificate covering nothing', async () => {
    const app = await testApp();
    const o = await org(app);
    const order = await app.fails('insurance.add', { ...CERT, organisationId: o.id, validTo: '2025-12-31' });
    expect(order).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'validTo', code: 'date_order' }] },
    });
    const nothing = await app.fails(
      'insurance.add',
      { ...CERT, organisationId: o.id, coversCivilLiability: false, coversLentProperty: false },
      { lang: 'en' },
    );
    expect(nothing.details).toMatchObject({
      fields: [
        { path: 'coversCivilLiability', message: 'Tick at least one cover the certificate provides.' },
      ],
    });
  });

  it('refuses an unknown organisation and an impossible date', async () => {
    const app = await testApp();
    expect((await app.fails('insurance.add', { ...CERT, organisationId: 42 })).code).toBe('NOT_FOUND');
    const o = await org(app);
    const bad = await app.fails('insurance.add', { ...CERT, organisationId: o.id, validTo: '2026-02-30' });
    expect(bad.details).toMatchObject({ fields: [{ path: 'validTo', code: 'date_invalid' }] });
  });

  it('chains a renewal in the borrower’s badge', async () => {
    const app = await testApp();
    const o = await org(app);
    await app.ok('insurance.add', {
      ...CERT,
      organisationId: o.id,
      validFrom: '2025-07-01',
      validTo: '2026-06-30',
    });
    expect((await app.ok('organisations.get', { id: o.id })).insurance.status).toBe('expiring');
    await app.ok('insurance.add', {
      ...CERT,
      organisationId: o.id,
      validFrom: '2026-07-01',
      validTo: '2027-06-30',
    });
    const detail = await app.ok('organisations.get', { id: o.id });
    expect(detail.insurance).toEqual({ status: 'valid', validTo: '2027-06-30', daysLeft: 390 });
    expect(detail.certificates.map((c) => [c.validTo, c.badge.status])).toEqual([
      ['2027-06-30', 'upcoming'],
      ['2026-06-30', 'expiring'],
    ]);
  });
});

describe('insurance.remove', () => {
  it('removes the certificate and its file, and audits without values', async () => {
    const app = await testApp();
    const o = await org(app);
    const cert = await app.ok('insurance.add', {
      ...CERT,
      organisationId: o.id,
      file: { fileName: 'a.pdf', mime: 'application/pdf', base64: tinyPdf().toString('base64') },
    });
    expect(await app.ok('insurance.remove', { id: cert.id })).toEqual({ id: cert.id });
    expect(readdirSync(join(app.dataDir, 'files', 'insurance_certificate'))).toEqual([]);
    expect(await app.conn.db.selectFrom('attachments').selectAll().execute()).toEqual([]);
    expect((await app.ok('organisations.get', { id: o.id })).certificates).toEqual([]);
    expect((await app.fails('insurance.remove', { id: cert.id })).code).toBe('NOT_FOUND');
    const log = await app.conn.db.selectFrom('audit_log').select(['entity', 'action', 'fields']).execute();
    expect(log).toContainEqual({ entity: 'insurance_certificate', action: 'delete', fields: '[]' });
    expect(JSON.stringify(log)).not.toMatch(/MAIF|1234567/);
  });
});
