import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarHoldDto, ResourceCalendarDto } from '../../../src-main/bookings/contract';
import type { ResourceRowDto } from '../../../src-main/catalog/contract';
import { useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { formatDateShort, formatDateTimeShort, parisDateOf } from '../../format/dates';
import { LOCALE } from '../../i18n/lang';
import { BookingStatusBadge, OverdueBadge } from '../bookings/badges';
import { formatPeriod, useLang } from '../bookings/desk-format';
import { addDays, addMonths, firstOfMonth, lastOfMonth, monthWeeks, touches } from './civil';
import { HoldBlock } from './HoldBlock';
import { ResourcePicker } from './ResourcePicker';

type CalView = 'month' | 'list';
type ListRow =
  | { kind: 'maintenance'; at: number; m: ResourceCalendarDto['maintenance'][number] }
  | { kind: 'hold'; at: number; h: CalendarHoldDto };

/** Holds and maintenance in one list, in the order they happen. */
function listRows(data: ResourceCalendarDto | null | undefined): ListRow[] {
  const rows: ListRow[] = [
    ...(data?.maintenance ?? []).map((m) => ({
      kind: 'maintenance' as const,
      at: Date.parse(m.startsAt),
      m,
    })),
    ...(data?.holds ?? []).map((h) => ({ kind: 'hold' as const, at: Date.parse(h.startsAt), h })),
  ];
  return rows.sort((a, b) => a.at - b.at);
}

/** One resource's holds and maintenance: a month grid, or a list over the next eight weeks. */
export function ResourceCalendar({ today, onOpen }: { today: string; onOpen: (bookingId: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [resource, setResource] = useState<ResourceRowDto | null>(null);
  const [view, setView] = useState<CalView>('month');
  const [month, setMonth] = useState(() => firstOfMonth(today));
  const weeks = monthWeeks(month);
  const range =
    view === 'month'
      ? { from: weeks[0]?.[0] ?? month, to: weeks.at(-1)?.at(-1) ?? lastOfMonth(month) }
      : { from: today, to: addDays(today, 8 * 7 - 1) };
  const cal = useQuery(
    'availability.calendar',
    { resourceId: resource?.id ?? 0, ...range },
    { skip: resource === null },
  );
  const monthName = new Intl.DateTimeFormat(LOCALE[lang], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}T12:00:00Z`));
  const weekdays = (weeks[0] ?? []).map((d) =>
    new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${d}T12:00:00Z`),
    ),
  );

  return (
    <div className="planning-calendar" data-testid="planning-calendar">
      <div className="planning-form">
        <ResourcePicker value={resource} onChange={setResource} testId="calendar-resource" />
        <fieldset className="field planning-view">
          <legend>{t('planning.calendar.view')}</legend>
          <div className="button-row">
            {(['month', 'list'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                className={view === v ? 'primary' : undefined}
                onClick={() => setView(v)}
                data-testid={`calendar-view-${v}`}
              >
                {t(`planning.calendar.${v}`)}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      {resource === null ? <p className="muted">{t('planning.calendar.pickFirst')}</p> : null}
      {cal.error ? <Notice tone="error">{cal.error.message}</Notice> : null}
      {resource !== null && view === 'month' ? (
        <>
          <div className="toolbar-row planning-nav">
            <h2 id="calendar-month-title">{monthName}</h2>
            <div className="button-row">
              <button
                type="button"
                onClick={() => setMonth(addMonths(month, -1))}
                data-testid="month-previous"
              >
                {t('planning.calendar.previousMonth')}
              </button>
              {/* aria-disabled, not disabled: pressed from the keyboard, it keeps the focus. */}
              <button
                type="button"
                onClick={() => setMonth(firstOfMonth(today))}
                aria-disabled={month === firstOfMonth(today)}
              >
                {t('planning.calendar.thisMonth')}
              </button>
              <button type="button" onClick={() => setMonth(addMonths(month, 1))} data-testid="month-next">
                {t('planning.calendar.nextMonth')}
              </button>
            </div>
          </div>
          <table
            className="month-grid"
            aria-label={t('planning.calendar.monthLabel', { name: resource.name, month: monthName })}
            data-testid="calendar-month"
          >
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w} scope="col">
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((d) => {
                    const holds = (cal.data?.holds ?? []).filter((h) => touches(h.start.date, h.end.date, d));
                    const maint = (cal.data?.maintenance ?? []).filter((m) =>
                      touches(parisDateOf(m.startsAt), parisDateOf(m.endsAt), d),
                    );
                    const classes = [
                      d.slice(0, 7) !== month.slice(0, 7) ? 'other-month' : '',
                      d === today ? 'is-today' : '',
                    ]
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <td
                        key={d}
                        className={classes || undefined}
                        aria-current={d === today ? 'date' : undefined}
                      >
                        <span className="month-day-number">{Number(d.slice(8))}</span>
                        {maint.length > 0 ? (
                          <div className="hold hold-maintenance">{t('planning.week.maintenance')}</div>
                        ) : null}
                        {holds.map((h) => (
                          <HoldBlock key={h.bookingId} hold={h} day={d} onOpen={onOpen} />
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {resource !== null && view === 'list' ? (
        <table
          className="simple-table"
          aria-label={t('planning.calendar.listLabel', { name: resource.name })}
          data-testid="calendar-list"
        >
          <thead>
            <tr>
              <th scope="col">{t('planning.calendar.period')}</th>
              <th scope="col">{t('planning.calendar.borrower')}</th>
              <th scope="col">{t('planning.calendar.status')}</th>
              <th scope="col">{t('planning.calendar.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {cal.data && cal.data.holds.length === 0 && cal.data.maintenance.length === 0 ? (
              <tr>
                <td colSpan={4} className="table-empty">
                  {t('planning.calendar.empty')}
                </td>
              </tr>
            ) : null}
            {listRows(cal.data).map((row) =>
              row.kind === 'maintenance' ? (
                <tr key={`m-${row.m.startsAt}`}>
                  <td>
                    {formatDateTimeShort(row.m.startsAt, lang)} → {formatDateTimeShort(row.m.endsAt, lang)}
                  </td>
                  <td>{t('planning.week.maintenance')}</td>
                  <td />
                  <td>{row.m.quantity}</td>
                </tr>
              ) : (
                <tr key={row.h.bookingId} data-testid={`calendar-hold-${row.h.bookingId}`}>
                  <td>
                    <button type="button" className="link" onClick={() => onOpen(row.h.bookingId)}>
                      {formatPeriod(row.h.start, row.h.end, lang)}
                    </button>
                    {row.h.occupiedUntil !== row.h.endsAt ? (
                      <span className="small-text muted">
                        {' '}
                        {t('planning.calendar.occupiedUntil', {
                          time: formatDateTimeShort(row.h.occupiedUntil, lang),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td>{row.h.borrowerName}</td>
                  <td>
                    <BookingStatusBadge status={row.h.status} /> <OverdueBadge overdue={row.h.overdue} />
                  </td>
                  <td>{row.h.quantity}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {resource !== null && view === 'list' ? (
        <p className="small-text muted">
          {formatDateShort(range.from, lang)} → {formatDateShort(range.to, lang)}
        </p>
      ) : null}
    </div>
  );
}
