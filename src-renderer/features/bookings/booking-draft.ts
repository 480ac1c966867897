import type { BookingDto } from '../../../src-main/bookings/contract';
import { parseInteger } from '../../format/numbers';
import { DATE_PATTERN, TIME_PATTERN } from './desk-format';

export interface LineDraft {
  /** Stable key for React while the line is being typed. */
  key: string;
  /** The saved line this draft stands for; null until saved. */
  lineId: number | null;
  resourceId: number;
  name: string;
  inventoryCode: string;
  kind: 'equipment' | 'room' | 'vehicle';
  tracking: 'unit' | 'stock';
  quantity: string;
}

export interface BookingDraft {
  borrower: { id: number; name: string } | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  /** 02:xx on the October night happens twice: the second one (winter time) when ticked. */
  startLater: boolean;
  endLater: boolean;
  status: 'option' | 'confirmed';
  optionExpiresOn: string;
  purpose: string;
  placeOfUse: string;
  expectedPeople: string;
  lines: LineDraft[];
}

/** A new booking starts today at 09:00; its end stays empty until proposed (resources known) or typed. */
export function emptyDraft(today: string): BookingDraft {
  return {
    borrower: null,
    startDate: today,
    startTime: '09:00',
    endDate: '',
    endTime: '',
    startLater: false,
    endLater: false,
    status: 'confirmed',
    optionExpiresOn: '',
    purpose: '',
    placeOfUse: '',
    expectedPeople: '',
    lines: [],
  };
}

/** The editable part of a saved booking (a kit's components follow their kit line). */
export function draftOf(b: BookingDto): BookingDraft {
  return {
    borrower: { id: b.borrowerId, name: b.borrowerName },
    startDate: b.start.date,
    startTime: b.start.time,
    endDate: b.end.date,
    endTime: b.end.time,
    startLater: false,
    endLater: false,
    status: b.status === 'option' ? 'option' : 'confirmed',
    optionExpiresOn: b.optionExpiresOn ?? '',
    purpose: b.purpose ?? '',
    placeOfUse: b.placeOfUse ?? '',
    expectedPeople: b.expectedPeople === null ? '' : String(b.expectedPeople),
    lines: b.lines
      .filter((l) => l.kitLineId === null)
      .map((l) => ({
        key: `line-${l.id}`,
        lineId: l.id,
        resourceId: l.resourceId,
        name: l.resourceName,
        inventoryCode: l.inventoryCode,
        kind: l.kind,
        tracking: l.tracking,
        quantity: String(l.quantity),
      })),
  };
}

/** A quantity as typed: a whole number of at least 1, or null (the line then waits). */
export function lineQuantity(l: LineDraft): number | null {
  const q = parseInteger(l.quantity);
  return q === null || Number.isNaN(q) || q < 1 ? null : q;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function peopleOf(d: BookingDraft): number | null {
  const n = parseInteger(d.expectedPeople);
  return n === null || Number.isNaN(n) ? null : n;
}

/** A Paris wall-clock moment as the API takes it; `later` only when the agent asked for it. */
export interface Moment {
  date: string;
  time: string;
  later?: boolean;
}
function momentOf(date: string, time: string, later: boolean): Moment {
  return later ? { date, time, later } : { date, time };
}

export function createInputOf(d: BookingDraft) {
  return {
    borrowerId: d.borrower?.id ?? 0,
    start: momentOf(d.startDate, d.startTime, d.startLater),
    end: momentOf(d.endDate, d.endTime, d.endLater),
    status: d.status,
    optionExpiresOn: d.status === 'option' ? orNull(d.optionExpiresOn) : null,
    purpose: orNull(d.purpose),
    placeOfUse: orNull(d.placeOfUse),
    expectedPeople: peopleOf(d),
    lines: d.lines.map((l) => ({ resourceId: l.resourceId, quantity: lineQuantity(l) ?? 0 })),
  };
}

export interface BookingChanges {
  /** Fields of bookings.update that differ from the saved booking (empty: no update). */
  patch: {
    start?: Moment;
    end?: Moment;
    optionExpiresOn?: string | null;
    purpose?: string | null;
    placeOfUse?: string | null;
    expectedPeople?: number | null;
  };
  /** Saved lines to take off (removed, or whose quantity changed). */
  remove: number[];
  /** Lines to add (new, or a changed quantity re-added). */
  add: { key: string; resourceId: number; quantity: number }[];
}

/** What must be sent to turn the saved booking into the draft, one rule-checked call at a time. */
export function changesOf(saved: BookingDto, d: BookingDraft): BookingChanges {
  const patch: BookingChanges['patch'] = {};
  if (saved.start.date !== d.startDate || saved.start.time !== d.startTime || d.startLater)
    patch.start = momentOf(d.startDate, d.startTime, d.startLater);
  if (saved.end.date !== d.endDate || saved.end.time !== d.endTime || d.endLater)
    patch.end = momentOf(d.endDate, d.endTime, d.endLater);
  if (saved.status === 'option' && (saved.optionExpiresOn ?? '') !== d.optionExpiresOn)
    patch.optionExpiresOn = orNull(d.optionExpiresOn);
  if ((saved.purpose ?? '') !== d.purpose.trim()) patch.purpose = orNull(d.purpose);
  if ((saved.placeOfUse ?? '') !== d.placeOfUse.trim()) patch.placeOfUse = orNull(d.placeOfUse);
  if (saved.expectedPeople !== peopleOf(d)) patch.expectedPeople = peopleOf(d);

  const savedTop = saved.lines.filter((l) => l.kitLineId === null);
  const remove: number[] = [];
  const add: BookingChanges['add'] = [];
  for (const l of savedTop) {
    const draft = d.lines.find((x) => x.lineId === l.id);
    if (!draft || lineQuantity(draft) !== l.quantity) remove.push(l.id);
  }
  for (const l of d.lines) {
    const savedLine = savedTop.find((x) => x.id === l.lineId);
    const q = lineQuantity(l) ?? 0;
    if (!savedLine || savedLine.quantity !== q)
      add.push({ key: l.key, resourceId: l.resourceId, quantity: q });
  }
  return { patch, remove, add };
}

export function hasChanges(c: BookingChanges): boolean {
  return Object.keys(c.patch).length > 0 || c.remove.length > 0 || c.add.length > 0;
}

/** The period typed, once both moments are complete and the end comes after the start; otherwise null. */
export function typedPeriodOf(d: BookingDraft): { start: Moment; end: Moment } | null {
  const complete =
    DATE_PATTERN.test(d.startDate) &&
    DATE_PATTERN.test(d.endDate) &&
    TIME_PATTERN.test(d.startTime) &&
    TIME_PATTERN.test(d.endTime);
  if (!complete || `${d.startDate}T${d.startTime}` >= `${d.endDate}T${d.endTime}`) return null;
  return {
    start: momentOf(d.startDate, d.startTime, d.startLater),
    end: momentOf(d.endDate, d.endTime, d.endLater),
  };
}
