import { useTranslation } from 'react-i18next';
import type { InspectionAlert, ResourceRowDto } from '../../../src-main/catalog/contract';
import { Badge } from '../../components/Badge';

/** Status as the main side computed it; the reason is in the title and in the fiche. */
export function ResourceStatusBadge({ row }: { row: Pick<ResourceRowDto, 'status' | 'statusReason'> }) {
  const { t } = useTranslation();
  switch (row.status) {
    case 'available':
      return <Badge tone="ok">{t('resource.status.available')}</Badge>;
    case 'out_of_service':
      return (
        <span title={row.statusReason ?? undefined}>
          <Badge tone="danger">{t('resource.status.out_of_service')}</Badge>
        </span>
      );
    case 'retired':
      return <Badge tone="neutral">{t('resource.status.retired')}</Badge>;
  }
}

export function MaintenanceNowBadge({ quantity, unit }: { quantity: number; unit: boolean }) {
  const { t } = useTranslation();
  if (quantity <= 0) return null;
  return (
    <Badge tone="warn">
      {unit ? t('resource.maintenanceNow') : t('resource.maintenanceNowPieces', { count: quantity })}
    </Badge>
  );
}

export function InspectionBadge({ alert }: { alert: InspectionAlert }) {
  const { t } = useTranslation();
  if (alert === 'overdue') return <Badge tone="danger">{t('resource.inspection.overdue')}</Badge>;
  if (alert === 'due_soon') return <Badge tone="warn">{t('resource.inspection.due_soon')}</Badge>;
  return null;
}
