import { useTranslation } from 'react-i18next';
import type {
  CertificateBadge,
  InsuranceBadge,
  SuspensionBrief,
  SuspensionStatus,
} from '../../../src-main/borrowers/contract';
import { Badge, type Tone } from '../../components/Badge';
import { formatDateShort } from '../../format/dates';
import { isLang } from '../../i18n/lang';

/** Civil-liability cover today, as the main side computed it: 'Valide', 'Expire dans 12 j'… */
export function InsuranceStatusBadge({ badge, testId }: { badge: InsuranceBadge; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const until = badge.validTo ? formatDateShort(badge.validTo, lang) : '';
  switch (badge.status) {
    case 'valid':
      return (
        <span title={t('insurance.validUntil', { date: until })}>
          <Badge tone="ok" testId={testId}>
            {t('insurance.status.valid')}
          </Badge>
        </span>
      );
    case 'expiring':
      return (
        <span title={t('insurance.validUntil', { date: until })}>
          <Badge tone="warn" testId={testId}>
            {t('insurance.status.expiring', { count: badge.daysLeft ?? 0 })}
          </Badge>
        </span>
      );
    case 'expired':
      return (
        <span title={t('insurance.expiredOn', { date: until })}>
          <Badge tone="danger" testId={testId}>
            {t('insurance.status.expired')}
          </Badge>
        </span>
      );
    case 'none':
      return (
        <Badge tone="danger" testId={testId}>
          {t('insurance.status.none')}
        </Badge>
      );
  }
}

const CERT_TONE: Record<CertificateBadge['status'], Tone> = {
  valid: 'ok',
  expiring: 'warn',
  expired: 'neutral',
  upcoming: 'info',
};

export function CertificateStatusBadge({ badge }: { badge: CertificateBadge }) {
  const { t } = useTranslation();
  const text =
    badge.status === 'expiring'
      ? t('insurance.status.expiring', { count: badge.daysLeft })
      : t(`insurance.certificate.${badge.status}`);
  return <Badge tone={CERT_TONE[badge.status]}>{text}</Badge>;
}

export function SuspendedBadge({
  suspended,
  withDate = true,
}: {
  suspended: SuspensionBrief | null;
  withDate?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  if (!suspended) return null;
  const until = t('suspension.until', { date: formatDateShort(suspended.until, lang) });
  return (
    <span className="badges" title={`${until} — ${suspended.reason}`}>
      <Badge tone="danger" testId="suspended-badge">
        {t('suspension.badge')}
      </Badge>
      {withDate ? <span className="muted">{until}</span> : null}
    </span>
  );
}

const SUSPENSION_TONE: Record<SuspensionStatus, Tone> = {
  active: 'danger',
  ended: 'neutral',
  lifted: 'neutral',
};

export function SuspensionStatusBadge({ status }: { status: SuspensionStatus }) {
  const { t } = useTranslation();
  return <Badge tone={SUSPENSION_TONE[status]}>{t(`suspension.status.${status}`)}</Badge>;
}
