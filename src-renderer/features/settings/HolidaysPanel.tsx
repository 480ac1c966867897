import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSettings } from '../../../src-main/calendar/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { useApi, useQuery } from '../../api/hooks';
import { CheckboxField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { formatDateLong } from '../../format/dates';
import { isLang } from '../../i18n/lang';
import { Loaded } from './SettingsForm';

/**
 * The Alsace-Moselle switch and the year's public holidays as the API computes them. The switch
 * saves at once, so the list below always shows the holidays the centre is closed on.
 */
export function HolidaysPanel({
  calendar,
  year,
  onSaved,
}: {
  calendar: CalendarSettings;
  year: number;
  onSaved: (c: CalendarSettings) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const holidays = useQuery('calendar.holidays', { year });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error: ErrorBody } | { done: boolean } | null>(null);

  const toggle = async (alsaceMoselle: boolean) => {
    // Not disabled while saving: the box keeps the focus, and a second press waits for the first.
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    const env = await run('calendar.update', { version: calendar.version, alsaceMoselle });
    setBusy(false);
    if (!env.ok) return setOutcome({ error: env.error });
    onSaved(env.value);
    holidays.reload();
    setOutcome({ done: env.value.alsaceMoselle });
  };

  return (
    <section className="panel" aria-labelledby="settings-holidays-title" data-testid="settings-holidays">
      <h2 id="settings-holidays-title">{t('settings.calendar.holidaysTitle', { year })}</h2>
      <p className="explain">{t('settings.calendar.holidaysExplain')}</p>
      <CheckboxField
        label={t('settings.calendar.alsaceMoselle')}
        name="alsaceMoselle"
        checked={calendar.alsaceMoselle}
        onChange={(v) => void toggle(v)}
        testId="settings-alsace"
      />
      {outcome && 'error' in outcome ? (
        <Notice tone="error" testId="settings-alsace-error">
          {outcome.error.message}
        </Notice>
      ) : null}
      {outcome && 'done' in outcome ? (
        <Notice tone="ok" testId="settings-alsace-saved">
          {t(outcome.done ? 'settings.calendar.alsaceOn' : 'settings.calendar.alsaceOff')}
        </Notice>
      ) : null}
      <Loaded query={holidays}>
        {(list) => (
          <table
            className="simple-table"
            aria-label={t('settings.calendar.holidaysTable', { year })}
            aria-busy={holidays.loading}
            data-testid="settings-holidays-list"
          >
            <thead>
              <tr>
                <th scope="col">{t('settings.calendar.date')}</th>
                <th scope="col">{t('settings.calendar.holiday')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((h) => (
                <tr key={h.date} data-testid={`holiday-${h.date}`}>
                  <td>{formatDateLong(h.date, lang)}</td>
                  <td>{h.name[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}
