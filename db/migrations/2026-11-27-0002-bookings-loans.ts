import { sql, type Kysely } from 'kysely';

/**
 * Bookings, loans, returns, deposits (as a ledger), incidents and agreements: the desk's core flow.
 * Frozen once shipped; add a new migration to change it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recurrences')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('rule', 'text', (c) => c.notNull()) // JSON: weekday, times, until
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('bookings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('borrower_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('option','confirmed','checked_out','returned','cancelled','lapsed')`),
    )
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull().check(sql`ends_at > starts_at`))
    .addColumn('option_expires_at', 'text')
    .addColumn('purpose', 'text')
    .addColumn('place_of_use', 'text')
    .addColumn('expected_people', 'integer')
    .addColumn('recurrence_id', 'integer', (c) => c.references('recurrences.id'))
    .addColumn('walk_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lang', 'text', (c) =>
      c
        .notNull()
        .defaultTo('fr')
        .check(sql`lang in ('fr','en')`),
    )
    .addColumn('agreement_number', 'text', (c) => c.unique())
    .addColumn('checked_out_at', 'text')
    .addColumn('checked_out_by', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('extension_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('late_days', 'integer')
    .addColumn('late_fee_cents', 'integer')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('bookings_borrower').on('bookings').column('borrower_id').execute();
  await db.schema
    .createIndex('bookings_period')
    .on('bookings')
    .columns(['status', 'starts_at', 'ends_at'])
    .execute();

  await db.schema
    .createTable('booking_lines')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id').onDelete('cascade'))
    .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    // A kit's component lines point at the kit's line: booking a kit books its components.
    .addColumn('kit_line_id', 'integer', (c) => c.references('booking_lines.id').onDelete('cascade'))
    // Frozen at checkout (per unit): what loss costs, the valuation, the deposit.
    .addColumn('replacement_value_cents', 'integer')
    .addColumn('daily_value_cents', 'integer')
    .addColumn('deposit_cents', 'integer')
    .addColumn('condition_out', 'text', (c) => c.check(sql`condition_out in ('ok','remarks')`))
    .addColumn('remarks_out', 'text')
    .addColumn('mileage_out', 'integer')
    .addColumn('fuel_out', 'integer') // eighths of a tank, 0–8
    .addColumn('keys_out', 'integer')
    // Running totals of the return visits (kept in step with return_items).
    .addColumn('quantity_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quantity_damaged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quantity_missing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mileage_in', 'integer')
    .addColumn('fuel_in', 'integer')
    .addColumn('keys_returned', 'integer')
    .addColumn('returned_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'line_accounted_within_quantity',
      sql`quantity_ok + quantity_damaged + quantity_missing <= quantity`,
    )
    .execute();
  await db.schema.createIndex('lines_booking').on('booking_lines').column('booking_id').execute();
  await db.schema.createIndex('lines_resource').on('booking_lines').column('resource_id').execute();

  await db.schema
    .createTable('line_drivers')
    .addColumn('line_id', 'integer', (c) => c.notNull().references('booking_lines.id').onDelete('cascade'))
    .addColumn('driver_id', 'integer', (c) => c.notNull().references('drivers.id'))
    // Frozen: "who drove the minibus on date D" must survive edits of the driver record.
    .addColumn('driver_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('line_drivers_pk', ['line_id', 'driver_id'])
    .execute();

  await db.schema
    .createTable('return_visits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id'))
    .addColumn('at', 'text', (c) => c.notNull()) // when it really happened (may be back-dated)
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('backdate_reason', 'text')
    .addColumn('remarks', 'text')
    .execute();

  await db.schema
    .createTable('return_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('return_visits.id'))
    .addColumn('line_id', 'integer', (c) => c.notNull().references('booking_lines.id'))
    .addColumn('quantity_ok', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`quantity_ok >= 0`),
    )
    .addColumn('quantity_damaged', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`quantity_damaged >= 0`),
    )
    .addColumn('quantity_missing', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`quantity_missing >= 0`),
    )
    .addColumn('remarks', 'text')
    .addColumn('mileage_in', 'integer')
    .addColumn('fuel_in', 'integer')
    .addColumn('keys_returned', 'integer')
    .execute();

  await db.schema
    .createTable('deposits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('booking_id', 'integer', (c) => c.notNull().unique().references('bookings.id'))
    .addColumn('default_cents', 'integer', (c) => c.notNull().check(sql`default_cents >= 0`))
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('change_reason', 'text')
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('expected','held','returned','partly_retained','retained','waived')`),
    )
    .addColumn('method', 'text', (c) => c.check(sql`method in ('cheque','cash','transfer','waiver')`))
    .addColumn('cheque_number', 'text')
    .addColumn('cheque_bank', 'text')
    .addColumn('cheque_drawer', 'text')
    .addColumn('cheque_date', 'text')
    .addColumn('waiver_reason', 'text')
    .addColumn('collected_at', 'text')
    .addColumn('retained_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('settlement_mode', 'text', (c) =>
      c.check(sql`settlement_mode in ('borrower_paid','cheque_cashed')`),
    )
    .addColumn('settled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Every movement of money is an entry; the held balance is the sum of held_delta_cents.
  await db.schema
    .createTable('deposit_ledger')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('deposit_id', 'integer', (c) => c.notNull().references('deposits.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('collected','returned','retained','cheque_cashed','refunded','borrower_paid','waived','correction')`,
        ),
    )
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('held_delta_cents', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ledger_deposit').on('deposit_ledger').columns(['deposit_id', 'at']).execute();

  await db.schema
    .createTable('amounts_owed')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('borrower_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id'))
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id'))
    .addColumn('line_id', 'integer', (c) => c.references('booking_lines.id'))
    .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id'))
    .addColumn('borrower_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('damaged','missing','accident','other')`),
    )
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('estimate_cents', 'integer', (c) => c.notNull().check(sql`estimate_cents >= 0`))
    .addColumn('cost_cents', 'integer')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open','repaired','written_off','recovered')`),
    )
    .addColumn('return_item_id', 'integer', (c) => c.references('return_items.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('incidents_booking').on('incidents').column('booking_id').execute();
  await db.schema
    .createIndex('incidents_resource')
    .on('incidents')
    .columns(['resource_id', 'status'])
    .execute();

  // One sequence per year, never reused: numbers are taken inside the checkout's transaction.
  await db.schema
    .createTable('agreement_sequences')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique()) // 2026-0042, amendments 2026-0042-A1
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('agreement','amendment')`))
    .addColumn('frozen', 'text', (c) => c.notNull()) // JSON: every fact the PDF needs
    .addColumn('terms_version', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('signed_pdf', 'blob')
    .addColumn('signed_at', 'text')
    .execute();
  await db.schema.createIndex('agreements_booking').on('agreements').column('booking_id').execute();

  await db.schema
    .createTable('booking_extensions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id'))
    .addColumn('old_ends_at', 'text', (c) => c.notNull())
    .addColumn('new_ends_at', 'text', (c) => c.notNull())
    .addColumn('amendment_id', 'integer', (c) => c.references('agreements.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'booking_extensions',
    'agreements',
    'agreement_sequences',
    'incidents',
    'amounts_owed',
    'deposit_ledger',
    'deposits',
    'return_items',
    'return_visits',
    'line_drivers',
    'booking_lines',
    'bookings',
    'recurrences',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
