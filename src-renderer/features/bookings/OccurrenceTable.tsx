import { useTranslation } from 'react-i18next';
import type { OccurrenceDto } from '../../../src-main/bookings/contract';
import { Badge, type Tone } from '../../components/Badge';
import { formatDateLong } from '../../format/dates';
import { Conflicts } from './Availability';
import { formatPeriod, useLang } from './desk-format';
import { verdictOf, type Verdict } from './recurring-draft';

const TONE: Record<Verdict, Tone> = { free: 'ok', conflict: 'danger', closed: 'warn', gap: 'danger' };

/** Every occurrence of a recurring booking with the main side's verdict, before the agent confirms. */
export function OccurrenceTable({ occurrences }: { occurrences: OccurrenceDto[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table
      className="simple-table"
      aria-label={t('recurring.occurrences')}
      data-testid="recurring-occurrences"
    >
      <thead>
        <tr>
          <th scope="col">{t('recurring.date')}</th>
          <th scope="col">{t('booking.field.period')}</th>
          <th scope="col">{t('recurring.verdictTitle')}</th>
        </tr>
      </thead>
      <tbody>
        {occurrences.map((o) => {
          const verdict = verdictOf(o);
          return (
            <tr key={o.date} data-testid={`occurrence-${o.date}`} data-verdict={verdict}>
              <td>{formatDateLong(o.date, lang)}</td>
              <td>{formatPeriod(o.start, o.end, lang)}</td>
              <td className="small-text">
                <Badge tone={TONE[verdict]}>{t(`recurring.verdict.${verdict}`)}</Badge>
                {verdict === 'gap' ? <p className="muted">{t('recurring.gapExplain')}</p> : null}
                {o.closedDay ? <p>{o.closedDay.message}</p> : null}
                {o.refused.map((r) => (
                  <div key={r.resource.id}>
                    <p>
                      <strong>{r.resource.name}</strong> :{' '}
                      {t(`availability.reason.${r.reason === 'ok' ? 'taken' : r.reason}`)}
                    </p>
                    <Conflicts conflicts={r.conflicts} />
                  </div>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
