import { useTranslation } from 'react-i18next';
import type { DepositState } from '../../../src-main/deposits/contract';
import { Badge, type Tone } from '../../components/Badge';

const STATE_TONE: Record<DepositState, Tone> = {
  expected: 'warn',
  held: 'info',
  returned: 'neutral',
  partly_retained: 'warn',
  retained: 'danger',
  waived: 'neutral',
};

export function DepositStateBadge({ state }: { state: DepositState }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STATE_TONE[state]} testId={`deposit-state-${state}`}>
      {t(`deposits.state.${state}`)}
    </Badge>
  );
}

/** A cheque held more than 11 months: cash it or hand it back before it can no longer be cashed. */
export function OldChequeBadge({ old }: { old: boolean }) {
  const { t } = useTranslation();
  if (!old) return null;
  return (
    <Badge tone="danger" testId="old-cheque-badge">
      {t('deposits.overElevenMonths')}
    </Badge>
  );
}
