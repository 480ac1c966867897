import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickListRowDto } from '../../../src-main/loans/contract';
import { useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { formatDateLong } from '../../format/dates';
import { useLang } from '../bookings/desk-format';
import { addDays, isCivil } from './civil';

interface BookingGroup {
  bookingId: number;
  borrowerName: string;
  time: string;
  rows: PickListRowDto[];
}

/** The lines of a day's pickups grouped by booking, in the order they go out. */
function groupByBooking(rows: readonly PickListRowDto[]): BookingGroup[] {
  const groups = new Map<number, BookingGroup>();
  for (const r of rows) {
    let g = groups.get(r.bookingId);
    if (!g) {
      g = { bookingId: r.bookingId, borrowerName: r.borrowerName, time: r.start.time, rows: [] };
      groups.set(r.bookingId, g);
    }
    g.rows.push(r);
  }
  return [...groups.values()].sort((a, b) => a.time.localeCompare(b.time) || a.bookingId - b.bookingId);
}

/** How many of each resource to take off the shelves, kit components included. */
function totals(rows: readonly PickListRowDto[]) {
  const byCode = new Map<string, { code: string; name: string; quantity: number }>();
  for (const r of rows) {
    const t = byCode.get(r.inventoryCode) ?? { code: r.inventoryCode, name: r.name, quantity: 0 };
    t.quantity += r.quantity;
    byCode.set(r.inventoryCode, t);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The printable pick list of a site for a day: the centre's next opening unless changed. */
export function PickList({ today }: { today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sites = useQuery('sites.list', {});
  const [siteId, setSiteId] = useState<number | null>(null);
  const next = useQuery('calendar.nextOpening', {});
  const [chosen, setDate] = useState<string | null>(null);
  // What the desk prepares for: the next opening day (Tuesday after a Saturday when Sunday and
  // Monday are closed); tomorrow only while that answer is on its way or if nothing opens.
  const date = chosen ?? (next.loading ? null : (next.data?.date ?? addDays(today, 1)));
  // Until one is chosen, the main site: the one keeping the most resources.
  const site =
    (sites.data ?? []).find((s) => s.id === siteId) ??
    [...(sites.data ?? [])].sort((a, b) => b.resourceCount - a.resourceCount)[0] ??
    null;
  const ready = site !== null && date !== null && isCivil(date);
  const list = useQuery('loans.pickList', { siteId: site?.id ?? 0, date: date ?? today }, { skip: !ready });
  const groups = useMemo(() => groupByBooking(list.data ?? []), [list.data]);
  const sum = useMemo(() => totals(list.data ?? []), [list.data]);

  return (
    <div className="planning-pick" data-testid="planning-pick">
      <div className="planning-form no-print">
        <div className="field">
          <label htmlFor="pick-site">{t('planning.pick.site')}</label>
          <select
            id="pick-site"
            value={site?.id ?? ''}
            onChange={(e) => setSiteId(Number(e.target.value))}
            data-testid="pick-site"
          >
            {(sites.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pick-date">{t('planning.pick.date')}</label>
          <input
            id="pick-date"
            type="date"
            value={date ?? ''}
            onChange={(e) => setDate(e.target.value)}
            data-testid="pick-date"
          />
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => window.print()}
          disabled={!list.data || list.data.length === 0}
          data-testid="pick-print"
        >
          {t('planning.pick.print')}
        </button>
      </div>
      {sites.error ? <Notice tone="error">{sites.error.message}</Notice> : null}
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      {site === null && sites.data ? <p className="muted">{t('planning.pick.pickSite')}</p> : null}
      {ready && list.data ? (
        <section className="pick-list" data-testid="pick-list" aria-labelledby="pick-title">
          <h2 id="pick-title">
            {t('planning.pick.title', { site: site.name, date: formatDateLong(date, lang) })}
          </h2>
          {groups.length === 0 ? <p className="muted">{t('planning.pick.empty')}</p> : null}
          {groups.map((g) => (
            <div key={g.bookingId} className="pick-group" data-testid={`pick-booking-${g.bookingId}`}>
              <h3 className="pick-booking">
                {t('planning.pick.booking', { id: g.bookingId, borrower: g.borrowerName, time: g.time })}
              </h3>
              <table className="simple-table">
                <thead>
                  <tr>
                    <th scope="col">{t('planning.pick.code')}</th>
                    <th scope="col">{t('planning.pick.item')}</th>
                    <th scope="col">{t('planning.pick.quantity')}</th>
                    <th scope="col">{t('planning.pick.safety')}</th>
                    <th scope="col">{t('planning.pick.ready')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr key={r.lineId} className={r.kitCode ? 'pick-kit-component' : undefined}>
                      <td className="mono">{r.inventoryCode}</td>
                      <td>
                        {r.name}
                        {r.kitCode ? (
                          <span className="small-text muted">
                            {' '}
                            — {t('planning.pick.kitOf', { code: r.kitCode })}
                          </span>
                        ) : null}
                      </td>
                      <td>{r.quantity}</td>
                      <td className="pick-safety">{r.safetyNotes ?? ''}</td>
                      <td>
                        <span className="pick-check" aria-hidden="true" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          {sum.length > 0 ? (
            <>
              <h3 className="pick-booking">{t('planning.pick.totals')}</h3>
              <table className="simple-table" data-testid="pick-totals">
                <thead>
                  <tr>
                    <th scope="col">{t('planning.pick.code')}</th>
                    <th scope="col">{t('planning.pick.item')}</th>
                    <th scope="col">{t('planning.pick.quantity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sum.map((s) => (
                    <tr key={s.code}>
                      <td className="mono">{s.code}</td>
                      <td>{s.name}</td>
                      <td>{s.quantity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
