import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { parseInteger } from '../../format/numbers';
import type { PrepareCheckoutDto, PrepareLineDto } from '../../../src-main/loans/contract';
import { FUEL_LEVELS, fuelLabel } from './fuel';
import { PendingPhotoPicker, type PendingPhotos } from './line-photos';

/** What the agent records of one line as it goes out. */
export interface LineFacts {
  condition: 'ok' | 'remarks';
  remarks: string;
  mileage: string;
  fuel: string;
  keys: string;
  driverIds: number[];
}

export function CheckoutLineRow({
  line: l,
  facts: f,
  onChange,
  drivers,
  error,
  photos,
}: {
  line: PrepareLineDto;
  facts: LineFacts;
  onChange: (p: Partial<LineFacts>) => void;
  drivers: PrepareCheckoutDto['drivers'];
  error: string | undefined;
  photos: PendingPhotos;
}) {
  const { t } = useTranslation();
  const id = `co-${l.lineId}`;
  return (
    <div className="panel" data-testid={`checkout-line-${l.inventoryCode}`}>
      <p className="panel-title">
        <span>
          <span className="mono">{l.inventoryCode}</span> <strong>{l.name}</strong>
          {l.quantity > 1 ? ` × ${l.quantity}` : ''}
          {l.vehicle?.registration ? <span className="muted"> · {l.vehicle.registration}</span> : null}
        </span>
      </p>
      {l.components.length > 0 ? (
        <p className="muted small-text">{l.components.map((c) => `${c.name} × ${c.quantity}`).join(' · ')}</p>
      ) : null}
      <div className="row row-4">
        <div className="field">
          <label htmlFor={`${id}-cond`}>{t('checkout.condition')}</label>
          <select
            id={`${id}-cond`}
            value={f.condition}
            onChange={(e) => onChange({ condition: e.target.value as 'ok' | 'remarks' })}
            data-scan-target={l.inventoryCode}
            data-testid={`checkout-condition-${l.inventoryCode}`}
          >
            <option value="ok">{t('checkout.conditionOk')}</option>
            <option value="remarks">{t('checkout.conditionRemarks')}</option>
          </select>
        </div>
        {f.condition === 'remarks' ? (
          <div className="field">
            <label htmlFor={`${id}-remarks`}>{t('checkout.remarks')}</label>
            <input
              id={`${id}-remarks`}
              value={f.remarks}
              onChange={(e) => onChange({ remarks: e.target.value })}
              data-testid={`checkout-remarks-${l.inventoryCode}`}
            />
          </div>
        ) : null}
        {l.kind === 'vehicle' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-km`}>{t('checkout.mileageOut')}</label>
              <input
                id={`${id}-km`}
                inputMode="numeric"
                value={f.mileage}
                onChange={(e) => onChange({ mileage: e.target.value })}
                data-testid={`checkout-mileage-${l.inventoryCode}`}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-fuel`}>{t('checkout.fuel')}</label>
              <select
                id={`${id}-fuel`}
                value={f.fuel}
                onChange={(e) => onChange({ fuel: e.target.value })}
                data-testid={`checkout-fuel-${l.inventoryCode}`}
              >
                {FUEL_LEVELS.map((n) => (
                  <option key={n} value={String(n)}>
                    {fuelLabel(n, t)}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        {l.kind === 'room' ? (
          <div className="field">
            <label htmlFor={`${id}-keys`}>{t('checkout.keysOut')}</label>
            <input
              id={`${id}-keys`}
              inputMode="numeric"
              value={f.keys}
              onChange={(e) => onChange({ keys: e.target.value })}
              data-testid={`checkout-keys-${l.inventoryCode}`}
            />
          </div>
        ) : null}
      </div>
      {l.kind === 'vehicle' ? (
        <fieldset className="checks">
          <legend>{t('checkout.drivers', { category: l.vehicle?.licenceCategory ?? '—' })}</legend>
          {drivers.length === 0 ? <p className="muted">{t('checkout.noDrivers')}</p> : null}
          {drivers.map((d) => (
            <label key={d.id} className="inline-check">
              <input
                type="checkbox"
                checked={f.driverIds.includes(d.id)}
                onChange={(e) =>
                  onChange({
                    driverIds: e.target.checked
                      ? [...f.driverIds, d.id]
                      : f.driverIds.filter((x) => x !== d.id),
                  })
                }
                data-testid={`checkout-driver-${d.id}`}
              />{' '}
              {d.name} <span className="muted">({d.licenceCategory})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <PendingPhotoPicker lineId={l.lineId} code={l.inventoryCode} name={l.name} pending={photos} />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

/** A line's facts before the agent looks: good condition, the vehicle's last mileage, full tank, one key for a room. */
export function initialFacts(l: PrepareLineDto): LineFacts {
  return {
    condition: 'ok',
    remarks: '',
    mileage: l.vehicle?.currentMileage != null ? String(l.vehicle.currentMileage) : '',
    fuel: '8',
    keys: l.kind === 'room' ? '1' : '',
    driverIds: [],
  };
}

/** A line's facts as loans.checkout (and loans.walkIn) take them, with the message of what is missing. */
export function lineFactsInput(l: PrepareLineDto, f: LineFacts, t: TFunction) {
  const mileage = parseInteger(f.mileage);
  const keys = parseInteger(f.keys);
  const hasMileage = mileage !== null && !Number.isNaN(mileage);
  const error =
    f.condition === 'remarks' && f.remarks.trim() === ''
      ? t('checkout.remarksRequired')
      : l.kind === 'vehicle' && !hasMileage
        ? t('checkout.mileageRequired')
        : null;
  return {
    error,
    value: {
      condition: f.condition,
      remarks: f.condition === 'remarks' ? f.remarks : null,
      mileageOut: l.kind === 'vehicle' && hasMileage ? mileage : null,
      fuelOut: l.kind === 'vehicle' ? Number(f.fuel) : null,
      keysOut: l.kind === 'room' && keys !== null && !Number.isNaN(keys) ? keys : null,
      driverIds: l.kind === 'vehicle' ? f.driverIds : [],
    },
  };
}
