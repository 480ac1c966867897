import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlotDto } from '../../../src-main/bookings/contract';
import type { ResourceRowDto } from '../../../src-main/catalog/contract';
import { useQuery } from '../../api/hooks';
import { ScanField, type ScanMessage } from '../../components/ScanField';
import { matchesSearch } from '../../components/search-text';
import { LineAvailability, type Period } from './Availability';
import { lineQuantity, type LineDraft } from './booking-draft';

let nextKey = 0;

function draftFrom(r: ResourceRowDto): LineDraft {
  nextKey += 1;
  return {
    key: `new-${nextKey}`,
    lineId: null,
    resourceId: r.id,
    name: r.name,
    inventoryCode: r.inventoryCode,
    kind: r.kind,
    tracking: r.tracking,
    quantity: '1',
  };
}

/**
 * The booking's lines with their live availability. Lines are added from a catalogue search or
 * from the scan field: an inventory code typed (or read by a barcode reader, which types it and
 * presses Enter) adds the line, or finds it when it is already there.
 */
export function BookingLines({
  lines,
  onChange,
  period,
  excludeBookingId,
  onUseSlot,
  errors,
  readOnly,
  showAvailability = true,
}: {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  period: Period | null;
  excludeBookingId: number | null;
  onUseSlot: (slot: SlotDto) => void;
  errors: Record<number, string>;
  readOnly: boolean;
  /** Off where there is no single period to check (a recurring booking checks each occurrence). */
  showAvailability?: boolean;
}) {
  const { t } = useTranslation();
  const catalogue = useQuery('resources.list', {});
  const [search, setSearch] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);

  const suggestions = useMemo(() => {
    if (search.trim() === '') return [];
    return (catalogue.data ?? [])
      .filter((r) => r.status !== 'retired')
      .filter((r) => matchesSearch(`${r.name} ${r.inventoryCode} ${r.category ?? ''}`, search))
      .slice(0, 8);
  }, [catalogue.data, search]);

  const focusQuantity = (code: string) =>
    requestAnimationFrame(() => {
      const input = tableRef.current?.querySelector<HTMLInputElement>(`[data-code="${CSS.escape(code)}"]`);
      input?.focus();
      input?.select();
    });

  const add = (r: ResourceRowDto): ScanMessage => {
    const existing = lines.find((l) => l.resourceId === r.id);
    if (existing) {
      focusQuantity(existing.inventoryCode);
      return { tone: 'ok', text: t('booking.lines.found', { name: r.name }) };
    }
    onChange([...lines, draftFrom(r)]);
    return { tone: 'ok', text: t('booking.lines.added', { name: r.name }) };
  };

  const onScan = (code: string): ScanMessage => {
    const r = (catalogue.data ?? []).find((x) => x.inventoryCode.toLowerCase() === code.toLowerCase());
    if (!r) return { tone: 'error', text: t('booking.lines.unknownCode', { code }) };
    if (r.status === 'retired') return { tone: 'error', text: t('booking.lines.retired', { name: r.name }) };
    return add(r);
  };

  const setQuantity = (key: string, quantity: string) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, quantity } : l)));

  return (
    <fieldset className="form-section" data-testid="booking-lines">
      <legend>{t('booking.lines.title')}</legend>
      {lines.length === 0 ? (
        <p className="muted" data-testid="booking-lines-empty">
          {t('booking.lines.empty')}
        </p>
      ) : (
        <table className="simple-table" ref={tableRef} aria-label={t('booking.lines.title')}>
          <thead>
            <tr>
              <th scope="col">{t('resource.field.inventoryCode')}</th>
              <th scope="col">{t('resource.field.name')}</th>
              <th scope="col">{t('booking.lines.quantity')}</th>
              {showAvailability ? <th scope="col">{t('booking.lines.availability')}</th> : null}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.key} data-testid={`booking-line-${l.inventoryCode}`}>
                <td className="mono">{l.inventoryCode}</td>
                <td>
                  {l.name}
                  {errors[i] ? <p className="field-error">{errors[i]}</p> : null}
                </td>
                <td>
                  {l.tracking === 'stock' ? (
                    <input
                      className="input-narrow"
                      inputMode="numeric"
                      value={l.quantity}
                      disabled={readOnly}
                      data-code={l.inventoryCode}
                      aria-label={t('booking.lines.quantityOf', { name: l.name })}
                      aria-invalid={Boolean(errors[i]) || lineQuantity(l) === null}
                      onChange={(e) => setQuantity(l.key, e.target.value)}
                      data-testid={`booking-quantity-${l.inventoryCode}`}
                    />
                  ) : (
                    <span data-code={l.inventoryCode} tabIndex={-1}>
                      1
                    </span>
                  )}
                </td>
                {showAvailability ? (
                  <td>
                    {readOnly ? (
                      <span className="muted">—</span>
                    ) : (
                      <LineAvailability
                        resourceId={l.resourceId}
                        quantity={lineQuantity(l)}
                        period={period}
                        excludeBookingId={excludeBookingId}
                        onUseSlot={onUseSlot}
                        testId={`booking-availability-${l.inventoryCode}`}
                      />
                    )}
                  </td>
                ) : null}
                <td>
                  {!readOnly ? (
                    <button
                      type="button"
                      className="small"
                      onClick={() => onChange(lines.filter((x) => x.key !== l.key))}
                      aria-label={t('booking.lines.removeOne', { name: l.name })}
                      data-testid={`booking-remove-${l.inventoryCode}`}
                    >
                      {t('common.remove')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly ? (
        <div className="row">
          <div className="field kit-add">
            <label htmlFor="booking-line-search">{t('booking.lines.search')}</label>
            <input
              id="booking-line-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                const first = suggestions[0];
                if (first) {
                  add(first);
                  setSearch('');
                }
              }}
              placeholder={t('booking.lines.searchPlaceholder')}
              autoComplete="off"
              data-testid="booking-line-search"
            />
            {suggestions.length > 0 ? (
              <ul className="suggestions" data-testid="booking-line-suggestions">
                {suggestions.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="suggestion"
                      onClick={() => {
                        add(r);
                        setSearch('');
                      }}
                      data-testid={`booking-add-${r.inventoryCode}`}
                    >
                      <span className="mono">{r.inventoryCode}</span> {r.name}
                      <span className="muted">
                        {' '}
                        · {t(`resource.kind.${r.kind}`)}
                        {r.tracking === 'stock'
                          ? ` · ${t('booking.lines.owned', { count: r.quantityOwned })}`
                          : ''}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : search.trim() !== '' && !catalogue.loading ? (
              <p className="muted">{t('booking.lines.noMatch')}</p>
            ) : null}
          </div>
          <ScanField
            id="booking-scan"
            label={t('booking.lines.scan')}
            placeholder={t('booking.lines.scanPlaceholder')}
            hint={t('booking.lines.scanHint')}
            onScan={onScan}
            testId="booking-scan"
          />
        </div>
      ) : null}
    </fieldset>
  );
}
