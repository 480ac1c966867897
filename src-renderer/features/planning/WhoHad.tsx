import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceRowDto } from '../../../src-main/catalog/contract';
import { useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { formatDateLong, formatDateTimeShort } from '../../format/dates';
import { formatPeriod, useLang } from '../bookings/desk-format';
import { isCivil } from './civil';
import { ResourcePicker } from './ResourcePicker';

/** "Who had this resource on …?" — for a traffic fine, which is addressed to the driver. */
export function WhoHad({ today, onOpen }: { today: string; onOpen: (bookingId: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [resource, setResource] = useState<ResourceRowDto | null>(null);
  const [date, setDate] = useState(today);
  const ready = resource !== null && isCivil(date);
  const who = useQuery('loans.whoHad', { resourceId: resource?.id ?? 0, date }, { skip: !ready });

  return (
    <div className="planning-who" data-testid="planning-who">
      <p className="explain">{t('planning.whoHad.intro')}</p>
      <div className="planning-form">
        <ResourcePicker value={resource} onChange={setResource} testId="who-resource" />
        <div className="field">
          <label htmlFor="who-date">{t('planning.whoHad.date')}</label>
          <input
            id="who-date"
            type="date"
            value={date}
            max={today}
            onChange={(e) => setDate(e.target.value)}
            data-testid="who-date"
          />
        </div>
      </div>
      {who.error ? <Notice tone="error">{who.error.message}</Notice> : null}
      {ready && who.data ? (
        <section aria-live="polite" data-testid="who-result">
          <h2>{t('planning.whoHad.result', { date: formatDateLong(date, lang) })}</h2>
          {who.data.length === 0 ? (
            <p className="muted">{t('planning.whoHad.none', { date: formatDateLong(date, lang) })}</p>
          ) : (
            who.data.map((w) => (
              <article key={w.bookingId} className="panel who-card" data-testid={`who-${w.bookingId}`}>
                <h3>{w.borrowerName}</h3>
                <dl>
                  <dt>{t('planning.whoHad.period')}</dt>
                  <dd>{formatPeriod(w.start, w.end, lang)}</dd>
                  <dt>{t('planning.whoHad.outAt')}</dt>
                  <dd>{formatDateTimeShort(w.checkedOutAt, lang)}</dd>
                  <dt>{t('planning.whoHad.returnedAt')}</dt>
                  <dd>
                    {w.returnedAt ? formatDateTimeShort(w.returnedAt, lang) : t('planning.whoHad.stillOut')}
                  </dd>
                  <dt>{t('planning.whoHad.representative')}</dt>
                  <dd>{w.representativeName ?? '—'}</dd>
                  <dt>{t('planning.whoHad.phone')}</dt>
                  <dd>
                    {w.borrowerPhone ? (
                      <a href={`tel:${w.borrowerPhone.replace(/\s/g, '')}`}>{w.borrowerPhone}</a>
                    ) : (
                      '—'
                    )}
                  </dd>
                  <dt>{t('planning.whoHad.drivers')}</dt>
                  <dd data-testid="who-drivers">
                    {w.drivers.length === 0 ? (
                      <span className="muted">{t('planning.whoHad.noDrivers')}</span>
                    ) : (
                      <ul className="plain-list">
                        {w.drivers.map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  {w.agreementNumber ? (
                    <>
                      <dt>{t('planning.whoHad.agreement')}</dt>
                      <dd className="mono">{w.agreementNumber}</dd>
                    </>
                  ) : null}
                  {w.quantity > 1 ? (
                    <>
                      <dt>{t('planning.whoHad.quantity')}</dt>
                      <dd>{w.quantity}</dd>
                    </>
                  ) : null}
                </dl>
                <button type="button" onClick={() => onOpen(w.bookingId)}>
                  {t('planning.whoHad.open')}
                </button>
              </article>
            ))
          )}
        </section>
      ) : null}
    </div>
  );
}
