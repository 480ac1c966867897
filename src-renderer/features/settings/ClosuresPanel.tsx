import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSettings, Closure } from '../../../src-main/calendar/contract';
import { useApi } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { formatDateLong, formatDateShort } from '../../format/dates';
import { isLang, type Lang } from '../../i18n/lang';
import { SettingsForm } from './SettingsForm';

const BLANK = { from: '', to: '', label: '' };

/** Exceptional closures: listed, added (one day when "Au" is left empty), removed after a confirmation. */
export function ClosuresPanel({
  calendar,
  onSaved,
}: {
  calendar: CalendarSettings;
  onSaved: (c: CalendarSettings) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const [draft, setDraft] = useState(BLANK);
  const [removing, setRemoving] = useState<number | null>(null);
  const [removed, setRemoved] = useState(false);
  // The new closure goes last: the API names its fields by that index.
  const at = `closures.${calendar.closures.length}`;
  const target = removing === null ? null : (calendar.closures[removing] ?? null);

  return (
    <section className="panel" aria-labelledby="settings-closures-title" data-testid="settings-closures">
      <h2 id="settings-closures-title">{t('settings.calendar.closuresTitle')}</h2>
      <p className="explain">{t('settings.calendar.closuresExplain')}</p>
      {removed ? (
        <Notice tone="ok" testId="settings-closures-removed">
          {t('settings.calendar.closureRemoved')}
        </Notice>
      ) : null}
      {calendar.closures.length === 0 ? (
        <p className="muted" data-testid="settings-closures-empty">
          {t('settings.calendar.closuresEmpty')}
        </p>
      ) : (
        <table className="simple-table" aria-label={t('settings.calendar.closuresTable')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.calendar.period')}</th>
              <th scope="col">{t('settings.calendar.closureLabel')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calendar.closures.map((c, i) => (
              <tr key={`${c.from}-${c.to}-${c.label}`} data-testid="settings-closure">
                <td>{period(c, lang, t)}</td>
                <td>{c.label}</td>
                <td className="align-end">
                  <button
                    type="button"
                    onClick={() => setRemoving(i)}
                    aria-label={t('settings.calendar.removeOf', { label: c.label })}
                  >
                    {t('settings.calendar.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SettingsForm
        testId="settings-closure-add"
        paths={[`${at}.from`, `${at}.to`, `${at}.label`]}
        save={async () => {
          setRemoved(false);
          const closure = { from: draft.from, to: draft.to || draft.from, label: draft.label };
          const env = await run('calendar.update', {
            version: calendar.version,
            closures: [...calendar.closures, closure],
          });
          if (env.ok) {
            setDraft(BLANK);
            onSaved(env.value);
          }
          return env;
        }}
        saved={t('settings.calendar.closureAdded')}
        submitLabel={t('settings.calendar.addClosure')}
      >
        {(byField) => (
          <fieldset className="form-section">
            <legend>{t('settings.calendar.addLegend')}</legend>
            <div className="row-3 row">
              <TextField
                type="date"
                label={t('settings.calendar.closureFrom')}
                name="closureFrom"
                value={draft.from}
                onChange={(v) => setDraft((d) => ({ ...d, from: v }))}
                error={byField[`${at}.from`]}
                required
              />
              <TextField
                type="date"
                label={t('settings.calendar.closureTo')}
                name="closureTo"
                value={draft.to}
                onChange={(v) => setDraft((d) => ({ ...d, to: v }))}
                error={byField[`${at}.to`]}
                hint={t('settings.calendar.closureToHint')}
              />
              <TextField
                label={t('settings.calendar.closureLabel')}
                name="closureLabel"
                value={draft.label}
                onChange={(v) => setDraft((d) => ({ ...d, label: v }))}
                error={byField[`${at}.label`]}
                required
              />
            </div>
          </fieldset>
        )}
      </SettingsForm>
      <ConfirmDialog
        open={target !== null}
        onClose={() => setRemoving(null)}
        title={t('settings.calendar.removeTitle', { label: target?.label ?? '' })}
        explanation={
          <p>{t('settings.calendar.removeExplain', { period: target ? period(target, lang, t) : '' })}</p>
        }
        confirmLabel={t('settings.calendar.remove')}
        onConfirm={async () => {
          if (removing === null) return null;
          const env = await run('calendar.update', {
            version: calendar.version,
            closures: calendar.closures.filter((_, i) => i !== removing),
          });
          if (!env.ok) return env.error;
          setRemoved(true);
          onSaved(env.value);
          return null;
        }}
        testId="settings-closure-remove"
      />
    </section>
  );
}

function period(c: Closure, lang: Lang, t: TFunction): string {
  return c.from === c.to
    ? t('settings.calendar.periodOne', { date: formatDateLong(c.from, lang) })
    : t('settings.calendar.periodMany', {
        from: formatDateShort(c.from, lang),
        to: formatDateShort(c.to, lang),
      });
}
