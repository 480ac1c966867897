import { useTranslation } from 'react-i18next';
import type { CorrectionResultDto } from '../../../src-main/loans/contract';
import { ResultForm } from '../../components/ActionForm';
import { Notice } from '../../components/Notice';
import { formatMoney } from '../../format/money';
import { useLang } from '../bookings/desk-format';
import { IncidentStatusBadge } from '../incidents/IncidentsScreen';

/** What a correction changed, as the main side returned it: the line now, incidents, deposit held. */
export function CorrectionResult({
  result: r,
  message,
  lineId,
  showBack = false,
  onClose,
  testId,
}: {
  result: CorrectionResultDto;
  message: string;
  lineId: number;
  /** A return corrected: the line's pieces back (good / damaged / missing) rather than out. */
  showBack?: boolean;
  onClose: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const line = r.booking.lines.find((l) => l.id === lineId);
  return (
    <ResultForm testId={testId} onClose={onClose}>
      <Notice tone="ok" testId={`${testId}-done`}>
        {message}
      </Notice>
      {line ? (
        <p data-testid={`${testId}-line`}>
          <span className="mono">{line.inventoryCode}</span> {line.resourceName} × {line.quantity}
          {showBack
            ? ` — ${t('loans.correctReturn.back', {
                ok: line.quantityOk,
                damaged: line.quantityDamaged,
                missing: line.quantityMissing,
              })}`
            : null}
        </p>
      ) : null}
      {r.incidents.length > 0 ? (
        <>
          <h3>{t('loans.correct.incidents')}</h3>
          <ul data-testid={`${testId}-incidents`}>
            {r.incidents.map((i) => (
              <li key={i.id}>
                <IncidentStatusBadge status={i.status} /> {t(`incidents.kind.${i.kind}`)} — {i.resourceName} ×{' '}
                {i.quantity} — {formatMoney(i.effectiveCostCents, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.depositHeldCents !== null ? (
        <p data-testid={`${testId}-held`}>
          {t('loans.correct.held', { amount: formatMoney(r.depositHeldCents, lang) })}
        </p>
      ) : null}
    </ResultForm>
  );
}
