import { describe, expect, it } from 'vitest';
import { at, bookingApp } from './test-setup';
import type { UnavailableDetails } from './contract';

type Fields = { fields: { path: string; code: string; message: string }[] };
const fieldCodes = (details: unknown) => (details as Fields).fields.map((f) => `${f.path}:${f.code}`);

describe('bookings.create', () => {
  it('books a minibus, a room and 40 chairs, stored as UTC instants from Paris wall clock', async () => {
    const app = await bookingApp();
    const b = await app.book({
      purpose: 'Fête du village',
      placeOfUse: 'Place de la mairie, Muret',
      expectedPeople: 25,
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.room.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 40 },
      ],
    });
    expect(b).toMatchObject({
      status: 'confirmed',
      borrowerName: 'Boxing Club Muretain',
      startsAt: '2026-06-13T07:00:00.000Z',
      endsAt: '2026-06-13T16:00:00.000Z',
      start: { date: '2026-06-13', time: '09:00' },
      version: 0,
    });
    expect(b.lines.map((l) => [l.resourceName, l.quantity])).toEqual([
      ['Minibus 9 places', 1],
      ['Salle des fêtes', 1],
      ['Chaise pliante', 40],
    ]);
    const rows = await app.ok('bookings.list', {});
    expect(rows[0]).toMatchObject({
      lineSummary: 'Minibus 9 places ; Salle des fêtes ; 40 × Chaise pliante',
      overdue: false,
    });
  });

  it('refuses an overlapping minibus booking naming the booking and the first free slot', async () => {
    const app = await bookingApp();
    const first = await app.book({ lines: [{ resourceId: app.minibus.id, quantity: 1 }] });
    const err = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-13', '14:00'),
      end: at('2026-06-13', '20:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect(err.code).toBe('RESOURCE_UNAVAILABLE');
    expect(err.message).toBe(
      '« Minibus 9 places » n’est pas disponible du 13/06/2026 14:00 au 13/06/2026 20:00. ' +
        'Déjà réservée : Boxing Club Muretain (réservation n° ' +
        first.id +
        ', du 13/06/2026 09:00 au 13/06/2026 18:00). ' +
        'Premier créneau libre de même durée : du 13/06/2026 18:00 au 14/06/2026 00:00.',
    );
    const d = err.details as UnavailableDetails;
    expect(d.resource.name).toBe('Minibus 9 places');
    expect(d.conflicts.map((c) => [c.bookingId, c.borrowerName])).toEqual([
      [first.id, 'Boxing Club Muretain'],
    ]);
    expect(d.firstFreeSlot).toMatchObject({ start: { date: '2026-06-13', time: '18:00' } });
    const en = await app.fails(
      'bookings.create',
      {
        borrowerId: app.foyerId,
        start: at('2026-06-13', '14:00'),
        end: at('2026-06-13', '20:00'),
        status: 'confirmed',
        lines: [{ resourceId: app.minibus.id, quantity: 1 }],
      },
      { lang: 'en' },
    );
    expect(en.message).toContain(
      '"Minibus 9 places" is not available from 2026-06-13 14:00 to 2026-06-13 20:00.',
    );
    expect(en.message).toContain(
      'First free slot of the same length: from 2026-06-13 18:00 to 2026-06-14 00:00.',
    );
    // Back-to-back is allowed.
    await app.book({
      borrowerId: app.foyerId,
      start: at('2026-06-13', '18:00'),
      end: at('2026-06-13', '20:00'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
  });

  it('stock: three bookings that each fit alone but not together; three spread in time fit', async () => {
    const app = await bookingApp(); // 120 chairs, 4 out of service: 116 usable
    const chairs = (start: string, end: string, quantity: number) =>
      app.fails('bookings.create', {
        borrowerId: app.foyerId,
        start: at('2026-06-13', start),
        end: at('2026-06-13', end),
        status: 'confirmed',
        lines: [{ resourceId: app.chairs.id, quantity }],
      });
    await app.book({
      start: at('2026-06-13', '08:00'),
      end: at('2026-06-13', '12:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 50 }],
    });
    await app.book({
      start: at('2026-06-13', '10:00'),
      end: at('2026-06-13', '14:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 50 }],
    });
    const err = await chairs('11:00', '13:00', 50);
    expect(err.code).toBe('RESOURCE_UNAVAILABLE');
    expect((err.details as UnavailableDetails).usableQuantity).toBe(16);
    expect(err.message).toContain('16 libre(s) sur toute la période pour 50 demandé(s).');
    expect((err.details as UnavailableDetails).firstFreeSlot?.start).toEqual({
      date: '2026-06-13',
      time: '12:00',
    });
    // Not overlapping the first one: the peak is 100, fits.
    await app.book({
      start: at('2026-06-13', '12:00'),
      end: at('2026-06-13', '16:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 66 }],
    });
    // Three of 60 back to back: their sum (180) exceeds 116, but never at the same time.
    const app2 = await bookingApp();
    for (const [s, e] of [
      ['08:00', '10:00'],
      ['10:00', '12:00'],
      ['12:00', '14:00'],
    ] as const)
      await app2.book({
        start: at('2026-06-13', s),
        end: at('2026-06-13', e),
        lines: [{ resourceId: app2.chairs.id, quantity: 60 }],
      });
    expect(await app2.ok('bookings.list', { resourceId: app2.chairs.id })).toHaveLength(3);
    // More than owned and usable: refused with no slot.
    const tooMany = await chairs('08:00', '09:00', 117);
    expect((tooMany.details as UnavailableDetails).reason).toBe('exceeds_owned');
    expect((tooMany.details as UnavailableDetails).firstFreeSlot).toBeNull();
  });

  it('respects the turnaround buffer and maintenance periods', async () => {
    const app = await bookingApp();
    const van = await app.resource({
      kind: 'vehicle',
      name: 'Fourgon',
      vehicleLicenceCategory: 'B',
      bufferMinutes: 60,
    });
    await app.book({ lines: [{ resourceId: van.id, quantity: 1 }] });
    const err = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-13', '18:30'),
      end: at('2026-06-13', '20:00'),
      status: 'confirmed',
      lines: [{ resourceId: van.id, quantity: 1 }],
    });
    expect((err.details as UnavailableDetails).firstFreeSlot?.start).toEqual({
      date: '2026-06-13',
      time: '19:00',
    });
    await app.book({
      borrowerId: app.foyerId,
      start: at('2026-06-13', '19:00'),
      end: at('2026-06-13', '20:00'),
      lines: [{ resourceId: van.id, quantity: 1 }],
    });

    // Saturday: the room is booked on a day the centre is open (DOMAIN "Time").
    await app.ok('maintenance.add', {
      resourceId: app.room.id,
      start: at('2026-06-19', '08:00'),
      end: at('2026-06-20', '12:00'),
      reason: 'Peinture',
    });
    const m = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-20', '10:00'),
      end: at('2026-06-20', '14:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    expect(m.message).toContain('En maintenance sur une partie de la période.');
    expect((m.details as UnavailableDetails).firstFreeSlot?.start).toEqual({
      date: '2026-06-20',
      time: '12:00',
    });
  });

  it('refuses out-of-service or retired resources, and units asked more than once', async () => {
    const app = await bookingApp();
    await app.ok('resources.setStatus', {
      id: app.room.id,
      version: app.room.version,
      status: 'out_of_service',
      reason: 'Fuite',
    });
    const err = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-20', '10:00'),
      end: at('2026-06-20', '14:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    expect(err.code).toBe('RESOURCE_UNAVAILABLE');
    expect(err.message).toContain('Elle est hors service.');
    const two = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-20', '10:00'),
      end: at('2026-06-20', '14:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.minibus.id, quantity: 2 }],
    });
    expect(fieldCodes(two.details)).toEqual(['lines.0.quantity:unit_quantity_one']);
  });

  it('refuses more people than the room holds, an end before the start, an option without expiry', async () => {
    const app = await bookingApp();
    const err = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-21', '14:00'),
      end: at('2026-06-21', '10:00'),
      status: 'option',
      expectedPeople: 31,
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    expect(fieldCodes(err.details)).toEqual([
      'end.date:end_before_start',
      'optionExpiresOn:option_expiry_required',
      'expectedPeople:room_capacity_exceeded',
    ]);
    expect(err.message).toContain('« Salle des fêtes » accueille 30 personnes au plus.');
  });
});

describe('kits', () => {
  it('booking a kit books its components; a free component can still be booked alone', async () => {
    const app = await bookingApp(); // kit = mixer + 2 speakers; 3 speakers owned
    const b = await app.book({ lines: [{ resourceId: app.kit.id, quantity: 1 }] });
    const kitLine = b.lines.find((l) => l.resourceId === app.kit.id);
    expect(b.lines.map((l) => [l.resourceName, l.quantity, l.kitLineId === kitLine?.id])).toEqual([
      ['Kit sono', 1, false],
      ['Table de mixage', 1, true],
      ['Enceinte', 2, true],
    ]);
    expect((await app.ok('bookings.list', {}))[0]?.lineSummary).toBe('Kit sono');
    // The third speaker is free alone...
    await app.book({ borrowerId: app.foyerId, lines: [{ resourceId: app.speakers.id, quantity: 1 }] });
    // ...but the mixer is taken through the kit.
    const err = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-06-13', '10:00'),
      end: at('2026-06-13', '11:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.mixer.id, quantity: 1 }],
    });
    expect((err.details as UnavailableDetails).conflicts[0]?.bookingId).toBe(b.id);
    // A kit's availability derives from its components: the kit itself is free another day,
    // but not when its speakers are out.
    const check = await app.ok('availability.check', {
      resourceId: app.kit.id,
      quantity: 1,
      start: at('2026-06-13', '12:00'),
      end: at('2026-06-13', '13:00'),
    });
    expect(check.available).toBe(false);
    expect(check.resources.filter((r) => !r.available).map((r) => r.resource.name)).toEqual([
      'Kit sono',
      'Table de mixage',
      'Enceinte',
    ]);
  });

  it('removing the kit line removes its components', async () => {
    const app = await bookingApp();
    const b = await app.book({
      lines: [
        { resourceId: app.kit.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 10 },
      ],
    });
    const component = b.lines.find((l) => l.kitLineId !== null);
    const refused = await app.fails('bookings.removeLine', {
      id: b.id,
      version: b.version,
      lineId: component?.id,
    });
    expect(refused.code).toBe('INVALID_STATE');
    const kitLine = b.lines.find((l) => l.resourceId === app.kit.id);
    const after = await app.ok('bookings.removeLine', {
      id: b.id,
      version: b.version,
      lineId: kitLine?.id as number,
    });
    expect(after.lines.map((l) => l.resourceName)).toEqual(['Chaise pliante']);
    expect(after.version).toBe(1);
  });
});
