import { DomainError } from '../core/errors';
import { parisDate } from '../core/paris-time';
import type { Ctx } from '../api/context';
import { removeAttachment, storeAttachment } from '../attachments/store';
import type { AttachmentInfo, CERTIFICATE_MIME, CertificateDto, Removed } from './contract';
import { assertNoIssues } from './field-issues';
import { certificateDto } from './mappers';
import { certificateIssues } from './rules';
import { requireOrganisation } from './service';

export interface CertificateInput {
  organisationId: number;
  insurer: string;
  policyNumber: string;
  coversCivilLiability: boolean;
  coversLentProperty: boolean;
  coversVehicleUse: boolean;
  validFrom: string;
  validTo: string;
  file?: { fileName: string; mime: (typeof CERTIFICATE_MIME)[number]; base64: string } | null;
}

/**
 * Records the certificate, then its scan: the attachment row names the certificate as its owner,
 * so the certificate must exist first. A refused file (wrong type, empty, too large) rolls the
 * whole call back: no certificate without the scan the agent meant to attach.
 */
export async function addCertificate(ctx: Ctx, input: CertificateInput): Promise<CertificateDto> {
  await requireOrganisation(ctx.db, input.organisationId);
  assertNoIssues(ctx.lang, certificateIssues(input));
  const inserted = await ctx.db
    .insertInto('insurance_certificates')
    .values({
      organisation_id: input.organisationId,
      insurer: input.insurer,
      policy_number: input.policyNumber,
      covers_civil_liability: input.coversCivilLiability ? 1 : 0,
      covers_lent_property: input.coversLentProperty ? 1 : 0,
      covers_vehicle_use: input.coversVehicleUse ? 1 : 0,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      attachment_id: null,
      created_at: ctx.now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  let row = inserted;
  let attachment: AttachmentInfo | null = null;
  if (input.file) {
    const stored = await storeAttachment(ctx, { type: 'insurance_certificate', id: inserted.id }, input.file);
    attachment = { id: stored.id, fileName: stored.fileName, mime: stored.mime, size: stored.size };
    row = await ctx.db
      .updateTable('insurance_certificates')
      .set({ attachment_id: stored.id })
      .where('id', '=', inserted.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const fields = [
    'insurer',
    'policyNumber',
    'coversCivilLiability',
    'coversLentProperty',
    'coversVehicleUse',
    'validFrom',
    'validTo',
    ...(attachment ? ['file'] : []),
  ];
  ctx.audit({ entity: 'insurance_certificate', entityId: row.id, action: 'create', fields });
  return certificateDto(row, attachment, parisDate(ctx.now));
}

/** Removes the certificate and every file attached to it. */
export async function removeCertificate(ctx: Ctx, id: number): Promise<Removed> {
  const row = await ctx.db
    .selectFrom('insurance_certificates')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'insurance_certificate', id });
  const files = await ctx.db
    .selectFrom('attachments')
    .select('id')
    .where('owner_type', '=', 'insurance_certificate')
    .where('owner_id', '=', id)
    .execute();
  await ctx.db.deleteFrom('insurance_certificates').where('id', '=', id).execute();
  for (const f of files) await removeAttachment(ctx, f.id);
  ctx.audit({ entity: 'insurance_certificate', entityId: id, action: 'delete' });
  return { id };
}
