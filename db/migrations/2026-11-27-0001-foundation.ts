import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('agent','manager')`))
    .addColumn('pin_hash', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  // Append-only: the database itself refuses edits and deletions of the log.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);

  await db.schema
    .createTable('sites')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('commune_name', 'text', (c) => c.notNull())
    .addColumn('commune_insee', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('association','public_body','organisation','individual')`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rna', 'text')
    .addColumn('siret', 'text')
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('commune_name', 'text')
    .addColumn('commune_insee', 'text')
    .addColumn('representative_name', 'text')
    .addColumn('representative_role', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('is_centre', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create unique index organisations_one_centre on organisations(is_centre) where is_centre = 1`.execute(
    db,
  );
  await sql`create unique index organisations_rna on organisations(rna) where rna is not null`.execute(db);
  await sql`create unique index organisations_siret on organisations(siret) where siret is not null`.execute(
    db,
  );

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_org').on('contacts').column('organisation_id').execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_path', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['owner_type', 'owner_id'])
    .execute();

  await db.schema
    .createTable('insurance_certificates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('insurer', 'text', (c) => c.notNull())
    .addColumn('policy_number', 'text', (c) => c.notNull())
    .addColumn('covers_civil_liability', 'integer', (c) => c.notNull())
    .addColumn('covers_lent_property', 'integer', (c) => c.notNull())
    .addColumn('covers_vehicle_use', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull().check(sql`valid_to >= valid_from`))
    .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('insurance_org')
    .on('insurance_certificates')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('drivers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('licence_category', 'text', (c) => c.notNull())
    .addColumn('licence_expiry', 'text', (c) => c.notNull())
    .addColumn('checked_on', 'text')
    .addColumn('checked_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('suspensions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull().check(sql`ends_on >= starts_on`))
    .addColumn('lifted_at', 'text')
    .addColumn('lifted_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('resources')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('equipment','room','vehicle')`))
    .addColumn('tracking', 'text', (c) => c.notNull().check(sql`tracking in ('unit','stock')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('description', 'text')
    .addColumn('inventory_code', 'text', (c) => c.notNull().unique())
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('deposit_cents', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`deposit_cents >= 0`),
    )
    .addColumn('replacement_value_cents', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`replacement_value_cents >= 0`),
    )
    .addColumn('daily_value_cents', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`daily_value_cents >= 0`),
    )
    .addColumn('buffer_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('default_loan_days', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('available')
        .check(sql`status in ('available','out_of_service','retired')`),
    )
    .addColumn('status_reason', 'text')
    .addColumn('quantity_owned', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`quantity_owned >= 0`),
    )
    .addColumn('quantity_out_of_service', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`quantity_out_of_service between 0 and quantity_owned`),
    )
    .addColumn('safety_notes', 'text')
    .addColumn('vehicle_registration', 'text')
    .addColumn('vehicle_seats', 'integer')
    .addColumn('vehicle_licence_category', 'text')
    .addColumn('vehicle_fuel', 'text')
    .addColumn('vehicle_mileage', 'integer')
    .addColumn('vehicle_next_inspection', 'text')
    .addColumn('room_capacity', 'integer')
    .addColumn('room_accessible', 'integer')
    .addColumn('room_access', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('unit_is_one', sql`tracking = 'stock' or quantity_owned = 1`)
    .execute();
  await db.schema.createIndex('resources_site').on('resources').column('site_id').execute();
  await db.schema.createIndex('resources_owner').on('resources').column('owner_id').execute();

  await db.schema
    .createTable('kit_components')
    .addColumn('kit_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('component_id', 'integer', (c) => c.notNull().references('resources.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addPrimaryKeyConstraint('kit_components_pk', ['kit_id', 'component_id'])
    .addCheckConstraint('kit_not_itself', sql`kit_id <> component_id`)
    .execute();

  await db.schema
    .createTable('maintenance_periods')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull().check(sql`ends_at > starts_at`))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('maintenance_resource')
    .on('maintenance_periods')
    .column('resource_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'maintenance_periods',
    'kit_components',
    'resources',
    'suspensions',
    'drivers',
    'insurance_certificates',
    'attachments',
    'contacts',
    'organisations',
    'sites',
    'audit_log',
    'staff',
    'settings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
