import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type CalendarSettings, type Weekday } from '../../../src-main/calendar/contract';
import { useApi } from '../../api/hooks';
import { normaliseTime } from '../bookings/desk-format';
import { SettingsForm } from './SettingsForm';
import { hoursDraft, setOpen, timePath, weeklyOf, type DayDraft, type HoursDraft } from './hours-draft';

/** Paths with a place on the form, the times before their day (a day's own refusal: ranges overlap). */
const PATHS = WEEKDAYS.flatMap((d) => [
  timePath(d, 0, 'from'),
  timePath(d, 0, 'to'),
  timePath(d, 1, 'from'),
  timePath(d, 1, 'to'),
  `weekly.${d}`,
]);

/** The week's opening hours, one row per day: open or not, one or two ranges typed in 24-hour time. */
export function WeeklyHoursForm({
  calendar,
  onSaved,
}: {
  calendar: CalendarSettings;
  onSaved: (c: CalendarSettings) => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const [draft, setDraft] = useState<HoursDraft>(() => hoursDraft(calendar.weekly));
  const { weekly, missing } = weeklyOf(draft);
  const local = Object.fromEntries(
    Object.entries(missing).map(([path, why]) => [
      path,
      t(why === 'time' ? 'settings.calendar.timeRequired' : 'settings.calendar.firstRangeRequired'),
    ]),
  );
  const setDay = (d: Weekday, day: DayDraft) => setDraft((all) => ({ ...all, [d]: day }));

  return (
    <SettingsForm
      testId="settings-hours"
      paths={PATHS}
      local={local}
      save={async () => {
        const env = await run('calendar.update', { version: calendar.version, weekly });
        if (env.ok) onSaved(env.value);
        return env;
      }}
      saved={t('settings.calendar.hoursSaved')}
      submitLabel={t('settings.calendar.saveHours')}
    >
      {(byField) => (
        <table className="simple-table settings-hours" aria-label={t('settings.calendar.hoursTable')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.calendar.day')}</th>
              <th scope="col">{t('settings.calendar.open')}</th>
              <th scope="col">{t('settings.calendar.range1')}</th>
              <th scope="col">{t('settings.calendar.range2')}</th>
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => (
              <DayRow key={d} day={d} value={draft[d]} onChange={(v) => setDay(d, v)} byField={byField} />
            ))}
          </tbody>
        </table>
      )}
    </SettingsForm>
  );
}

function DayRow({
  day,
  value,
  onChange,
  byField,
}: {
  day: Weekday;
  value: DayDraft;
  onChange: (v: DayDraft) => void;
  byField: Record<string, string>;
}) {
  const { t } = useTranslation();
  const name = t(`settings.weekday.${day}`);
  const setRange = (i: 0 | 1, end: 'from' | 'to', v: string) => {
    const ranges: DayDraft['ranges'] = [{ ...value.ranges[0] }, { ...value.ranges[1] }];
    ranges[i][end] = v;
    onChange({ ...value, ranges });
  };
  return (
    <tr data-testid={`hours-${day}`}>
      <th scope="row" className="settings-weekday">
        {name}
      </th>
      <td>
        <input
          type="checkbox"
          checked={value.open}
          onChange={(e) => onChange(setOpen(value, e.target.checked))}
          aria-label={t('settings.calendar.openDay', { day: name })}
          data-testid={`hours-${day}-open`}
        />
      </td>
      {([0, 1] as const).map((i) => (
        <td key={i}>
          {value.open ? (
            <RangeInputs
              day={day}
              dayName={name}
              index={i}
              value={value.ranges[i]}
              onChange={(end, v) => setRange(i, end, v)}
              errors={{
                from: byField[timePath(day, i, 'from')],
                to: byField[timePath(day, i, 'to')],
                // The day's own refusal (the second range starts before the first ends) sits by the second.
                range: i === 1 ? byField[`weekly.${day}`] : undefined,
              }}
            />
          ) : (
            <span className="muted">{t('settings.calendar.closed')}</span>
          )}
        </td>
      ))}
    </tr>
  );
}

function RangeInputs({
  day,
  dayName,
  index,
  value,
  onChange,
  errors,
}: {
  day: Weekday;
  dayName: string;
  index: 0 | 1;
  value: { from: string; to: string };
  onChange: (end: 'from' | 'to', v: string) => void;
  errors: { from?: string | undefined; to?: string | undefined; range?: string | undefined };
}) {
  const { t } = useTranslation();
  const id = useId();
  const n = index + 1;
  const input = (end: 'from' | 'to') => {
    const own = errors[end] ? `${id}-${end}-error` : undefined;
    const shared = errors.range ? `${id}-range-error` : undefined;
    const describedBy = [own, shared].filter(Boolean).join(' ') || undefined;
    return (
      <input
        type="text"
        inputMode="numeric"
        placeholder="hh:mm"
        maxLength={5}
        autoComplete="off"
        className="settings-time"
        value={value[end]}
        onChange={(e) => onChange(end, e.target.value)}
        // '9h' or '930' read back as '09:00', '09:30' once the agent moves on.
        onBlur={(e) => onChange(end, normaliseTime(e.target.value))}
        aria-label={t(end === 'from' ? 'settings.calendar.fromOf' : 'settings.calendar.toOf', {
          day: dayName,
          n,
        })}
        aria-invalid={Boolean(errors[end] ?? errors.range)}
        aria-describedby={describedBy}
        data-testid={`hours-${day}-${index}-${end}`}
      />
    );
  };
  return (
    <div className={`settings-range${errors.from || errors.to || errors.range ? ' field-invalid' : ''}`}>
      <span className="settings-range-inputs">
        {input('from')}
        <span aria-hidden="true">–</span>
        {input('to')}
      </span>
      {(['from', 'to', 'range'] as const).map((k) =>
        errors[k] ? (
          <p key={k} className="field-error" id={`${id}-${k}-error`}>
            {errors[k]}
          </p>
        ) : null,
      )}
    </div>
  );
}
