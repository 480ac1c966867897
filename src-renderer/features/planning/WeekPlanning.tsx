import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { formatDateShort, parisDateOf, parisTimeOf } from '../../format/dates';
import { useLang } from '../bookings/desk-format';
import { LOCALE } from '../../i18n/lang';
import { addDays, isCivil, mondayOf, touches } from './civil';
import { HoldBlock } from './HoldBlock';

function weekdayOf(civil: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${civil}T12:00:00Z`),
  );
}

/** The week's rooms and vehicles: one row each, seven day columns from Monday, holds as blocks. */
export function WeekPlanning({
  today,
  weekStart,
  onWeek,
  onOpen,
}: {
  today: string;
  weekStart: string;
  onWeek: (monday: string) => void;
  onOpen: (bookingId: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const week = useQuery('availability.week', { weekStart });
  const days = week.data?.days ?? Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const resources = week.data?.resources ?? [];
  // What was typed in "go to", kept for the week it led to. Snapping the field to the Monday while
  // a date is typed segment by segment would move the caret and land on another week.
  const [typed, setTyped] = useState({ weekStart, value: weekStart });
  const goToValue = typed.weekStart === weekStart ? typed.value : weekStart;

  return (
    <div className="planning-week" data-testid="planning-week">
      <div className="toolbar-row planning-nav">
        <h2 id="planning-week-title">
          {t('planning.week.title', {
            from: formatDateShort(weekStart, lang),
            to: formatDateShort(addDays(weekStart, 6), lang),
          })}
        </h2>
        <div className="button-row">
          <button type="button" onClick={() => onWeek(addDays(weekStart, -7))} data-testid="week-previous">
            {t('planning.week.previous')}
          </button>
          {/* aria-disabled, not disabled: pressed from the keyboard, it keeps the focus. */}
          <button
            type="button"
            onClick={() => onWeek(mondayOf(today))}
            aria-disabled={weekStart === mondayOf(today)}
            data-testid="week-current"
          >
            {t('planning.week.current')}
          </button>
          <button type="button" onClick={() => onWeek(addDays(weekStart, 7))} data-testid="week-next">
            {t('planning.week.next')}
          </button>
          <label className="field-inline planning-goto">
            <span>{t('planning.week.goTo')}</span>
            <input
              type="date"
              value={goToValue}
              onChange={(e) => {
                const value = e.target.value;
                const monday = isCivil(value) ? mondayOf(value) : weekStart;
                setTyped({ weekStart: monday, value });
                if (monday !== weekStart) onWeek(monday);
              }}
              data-testid="week-goto"
            />
          </label>
        </div>
      </div>
      {week.error ? (
        <Notice tone="error" testId="week-error">
          {week.error.message}{' '}
          <button type="button" className="link" onClick={week.reload}>
            {t('common.retry')}
          </button>
        </Notice>
      ) : null}
      <div className="table-scroll">
        <table className="week-grid" aria-labelledby="planning-week-title" data-testid="week-grid">
          <caption className="visually-hidden">{t('planning.week.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.week.resource')}</th>
              {days.map((d) => (
                <th
                  key={d}
                  scope="col"
                  className={d === today ? 'is-today' : undefined}
                  aria-current={d === today ? 'date' : undefined}
                >
                  <span className="week-day">{weekdayOf(d, LOCALE[lang])}</span>{' '}
                  {formatDateShort(d, lang).slice(0, 5)}
                  {d === today ? (
                    <span className="visually-hidden"> ({t('planning.week.today')})</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {resources.length === 0 ? (
              <tr>
                <td colSpan={8} className="table-empty">
                  {week.loading ? t('common.loading') : t('planning.week.empty')}
                </td>
              </tr>
            ) : (
              resources.map((r) => (
                <tr key={r.resource.id} data-testid={`week-row-${r.resource.id}`}>
                  <th scope="row" className="week-resource">
                    <span className="cell-name">{r.resource.name}</span>
                    <span className="mono small-text">{r.resource.inventoryCode}</span>
                  </th>
                  {days.map((d) => {
                    const holds = r.holds
                      .filter((h) => touches(h.start.date, h.end.date, d))
                      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
                    const maint = r.maintenance.filter((m) =>
                      touches(parisDateOf(m.startsAt), parisDateOf(m.endsAt), d),
                    );
                    return (
                      <td key={d} className={d === today ? 'is-today' : undefined}>
                        {maint.map((m) => (
                          <div
                            key={m.startsAt}
                            className="hold hold-maintenance"
                            data-testid="week-maintenance"
                          >
                            <span className="hold-times">
                              {parisDateOf(m.startsAt) === d ? parisTimeOf(m.startsAt) : '…'}–
                              {parisDateOf(m.endsAt) === d ? parisTimeOf(m.endsAt) : '…'}
                            </span>
                            <span className="hold-borrower">{t('planning.week.maintenance')}</span>
                          </div>
                        ))}
                        {holds.map((h) => (
                          <HoldBlock key={h.bookingId} hold={h} day={d} onOpen={onOpen} />
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
