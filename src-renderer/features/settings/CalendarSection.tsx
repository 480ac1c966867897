import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSettings } from '../../../src-main/calendar/contract';
import { useQuery } from '../../api/hooks';
import { todayFor, useSession } from '../../shell/session';
import { ClosuresPanel } from './ClosuresPanel';
import { HolidaysPanel } from './HolidaysPanel';
import { Loaded } from './SettingsForm';
import { WeeklyHoursForm } from './WeeklyHoursForm';

/** Weekly hours, closures, Alsace-Moselle and this year's holidays: one calendar, three panels. */
export function CalendarSection() {
  const query = useQuery('calendar.get', {});
  return <Loaded query={query}>{(calendar) => <CalendarPanels initial={calendar} />}</Loaded>;
}

function CalendarPanels({ initial }: { initial: CalendarSettings }) {
  const { t } = useTranslation();
  const { info } = useSession();
  // Each panel writes its own part; the calendar each write returns carries the version the next one needs.
  const [calendar, setCalendar] = useState(initial);
  const year = Number(todayFor(info).slice(0, 4));
  return (
    <div className="panel-stack">
      <section className="panel" aria-labelledby="settings-hours-title">
        <h2 id="settings-hours-title">{t('settings.calendar.hoursTitle')}</h2>
        <p className="explain">{t('settings.calendar.hoursExplain')}</p>
        <WeeklyHoursForm calendar={calendar} onSaved={setCalendar} />
      </section>
      <ClosuresPanel calendar={calendar} onSaved={setCalendar} />
      <HolidaysPanel calendar={calendar} year={year} onSaved={setCalendar} />
    </div>
  );
}
