import type { Input } from '../../../src-main/api/contract';
import type {
  Fuel,
  LicenceCategory,
  ResourceDetailDto,
  ResourceKind,
  Tracking,
} from '../../../src-main/catalog/contract';
import { centsToInput, parseEuros } from '../../format/money';
import { parseInteger } from '../../format/numbers';
import { changedFields } from '../../api/patch';
import type { Lang } from '../../i18n/lang';

/**
 * The resource form keeps exactly what the agent typed (strings), so a refusal never loses it.
 * It becomes the API's input only on submit; fields that do not apply to the kind are sent as null.
 */
export interface ResourceForm {
  kind: ResourceKind;
  tracking: Tracking;
  name: string;
  category: string;
  description: string;
  inventoryCode: string;
  ownerId: string;
  siteId: string;
  deposit: string;
  replacementValue: string;
  dailyValue: string;
  bufferMinutes: string;
  defaultLoanDays: string;
  safetyNotes: string;
  vehicleRegistration: string;
  vehicleSeats: string;
  vehicleLicenceCategory: string;
  vehicleFuel: string;
  vehicleMileage: string;
  vehicleNextInspection: string;
  roomCapacity: string;
  /** '' unknown, 'yes', 'no'. */
  roomAccessible: string;
  roomAccess: string;
  quantityOwned: string;
  quantityOutOfService: string;
}

export function emptyForm(kind: ResourceKind = 'equipment'): ResourceForm {
  return {
    kind,
    tracking: 'unit',
    name: '',
    category: '',
    description: '',
    inventoryCode: '',
    ownerId: '',
    siteId: '',
    deposit: '',
    replacementValue: '',
    dailyValue: '',
    bufferMinutes: '0',
    defaultLoanDays: '1',
    safetyNotes: '',
    vehicleRegistration: '',
    vehicleSeats: '',
    vehicleLicenceCategory: kind === 'vehicle' ? 'B' : '',
    vehicleFuel: '',
    vehicleMileage: '',
    vehicleNextInspection: '',
    roomCapacity: '',
    roomAccessible: '',
    roomAccess: '',
    quantityOwned: '1',
    quantityOutOfService: '0',
  };
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function formFromDetail(d: ResourceDetailDto, lang: Lang): ResourceForm {
  return {
    kind: d.kind,
    tracking: d.tracking,
    name: d.name,
    category: str(d.category),
    description: str(d.description),
    inventoryCode: d.inventoryCode,
    ownerId: String(d.ownerId),
    siteId: String(d.siteId),
    deposit: centsToInput(d.depositCents, lang),
    replacementValue: centsToInput(d.replacementValueCents, lang),
    dailyValue: centsToInput(d.dailyValueCents, lang),
    bufferMinutes: String(d.bufferMinutes),
    defaultLoanDays: String(d.defaultLoanDays),
    safetyNotes: str(d.safetyNotes),
    vehicleRegistration: str(d.vehicleRegistration),
    vehicleSeats: str(d.vehicleSeats),
    vehicleLicenceCategory: str(d.vehicleLicenceCategory),
    vehicleFuel: str(d.vehicleFuel),
    vehicleMileage: str(d.vehicleMileage),
    vehicleNextInspection: str(d.vehicleNextInspection),
    roomCapacity: str(d.roomCapacity),
    roomAccessible: d.roomAccessible === null ? '' : d.roomAccessible ? 'yes' : 'no',
    roomAccess: str(d.roomAccess),
    quantityOwned: String(d.quantityOwned),
    quantityOutOfService: String(d.quantityOutOfService),
  };
}

type CreateInput = Input<'resources.create'>;
/** What the form edits (everything the create input takes). */
export type ResourceFields = Omit<CreateInput, never>;

/** A problem found while reading the typed text, before anything is sent. */
export interface LocalIssue {
  path: keyof CreateInput;
  code: 'money_invalid' | 'money_decimals' | 'integer_invalid';
}

export type Converted = { ok: true; value: CreateInput } | { ok: false; issues: LocalIssue[] };

/** Typed text → API input. Text stays as typed (the API trims and checks it). */
export function formToInput(f: ResourceForm): Converted {
  const issues: LocalIssue[] = [];
  const money = (path: LocalIssue['path'], typed: string): number => {
    const r = parseEuros(typed);
    if (!r.ok) {
      issues.push({ path, code: r.reason === 'too_many_decimals' ? 'money_decimals' : 'money_invalid' });
      return 0;
    }
    return r.cents ?? 0;
  };
  const int = (path: LocalIssue['path'], typed: string): number | null => {
    const n = parseInteger(typed);
    if (Number.isNaN(n)) {
      issues.push({ path, code: 'integer_invalid' });
      return null;
    }
    return n;
  };
  const isVehicle = f.kind === 'vehicle';
  const isRoom = f.kind === 'room';
  const tracking: Tracking = f.kind === 'equipment' ? f.tracking : 'unit';
  const value: CreateInput = {
    kind: f.kind,
    tracking,
    name: f.name,
    category: f.category,
    description: f.description,
    inventoryCode: f.inventoryCode,
    ownerId: idOrMissing(f.ownerId),
    siteId: idOrMissing(f.siteId),
    depositCents: money('depositCents', f.deposit),
    replacementValueCents: money('replacementValueCents', f.replacementValue),
    dailyValueCents: money('dailyValueCents', f.dailyValue),
    bufferMinutes: int('bufferMinutes', f.bufferMinutes) ?? 0,
    defaultLoanDays: int('defaultLoanDays', f.defaultLoanDays) ?? 1,
    safetyNotes: f.safetyNotes,
    vehicleRegistration: isVehicle ? f.vehicleRegistration : null,
    vehicleSeats: isVehicle ? int('vehicleSeats', f.vehicleSeats) : null,
    vehicleLicenceCategory:
      isVehicle && f.vehicleLicenceCategory ? (f.vehicleLicenceCategory as LicenceCategory) : null,
    vehicleFuel: isVehicle && f.vehicleFuel ? (f.vehicleFuel as Fuel) : null,
    vehicleMileage: isVehicle ? int('vehicleMileage', f.vehicleMileage) : null,
    vehicleNextInspection: isVehicle && f.vehicleNextInspection ? f.vehicleNextInspection : null,
    roomCapacity: isRoom ? int('roomCapacity', f.roomCapacity) : null,
    roomAccessible: isRoom && f.roomAccessible !== '' ? f.roomAccessible === 'yes' : null,
    roomAccess: isRoom ? f.roomAccess : null,
    quantityOwned: tracking === 'stock' ? (int('quantityOwned', f.quantityOwned) ?? 0) : 1,
    quantityOutOfService:
      tracking === 'stock' ? (int('quantityOutOfService', f.quantityOutOfService) ?? 0) : 0,
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** An unchosen select is left out of the input, so the API answers 'required' beside the field. */
function idOrMissing(v: string): number {
  return (Number(v) || undefined) as number;
}

/**
 * The update patch: only the fields whose value differs from what the form was loaded with.
 * Changing the kind thus also sends the other kind's fields as null, as the API requires.
 * Stock quantities change through their own method (with a reason), never through the form.
 */
export function patchOf(initial: CreateInput, current: CreateInput): Partial<CreateInput> {
  return changedFields(initial, current, ['quantityOwned', 'quantityOutOfService']);
}
