import type { TFunction } from 'i18next';
import type { OrganisationRow } from '../../../src-main/borrowers/contract';
import { Badge } from '../../components/Badge';
import type { Columns } from '../../components/DataTable';
import { InsuranceStatusBadge, SuspendedBadge } from './badges';

/** Most urgent first when sorted ascending: no cover, expired, expiring soon, then valid. */
function insuranceRank(r: OrganisationRow): number {
  if (r.insurance.status === 'none') return -1_000_000;
  return r.insurance.daysLeft ?? 0;
}

/**
 * With the detail panel open the table is half as wide: it keeps the columns that pick the right
 * borrower (name, commune) and the two statuses, the rest being in the panel.
 */
export function borrowerColumns(t: TFunction, compact = false): Columns<OrganisationRow> {
  const columns: Columns<OrganisationRow> = [
    {
      id: 'name',
      header: t('borrower.field.name'),
      accessorFn: (r) => r.name,
      cell: ({ row }) => (
        <span className="cell-name">
          <strong title={row.original.name}>{row.original.name}</strong>
          {row.original.isCentre ? <Badge tone="info">{t('borrower.centreBadge')}</Badge> : null}
        </span>
      ),
      meta: { width: compact ? undefined : '28%' },
    },
    {
      id: 'kind',
      header: t('borrower.field.kind'),
      accessorFn: (r) => t(`borrower.kind.${r.kind}`),
      meta: { width: '9rem' },
    },
    {
      id: 'commune',
      header: t('borrower.field.communeName'),
      accessorFn: (r) => r.communeName ?? undefined,
      cell: ({ row }) => row.original.communeName ?? '—',
      meta: { width: compact ? '9rem' : undefined },
    },
    {
      id: 'representative',
      header: t('borrower.field.representativeName'),
      accessorFn: (r) => r.representativeName ?? undefined,
      cell: ({ row }) => row.original.representativeName ?? '—',
    },
    {
      id: 'insurance',
      header: t('borrower.insurance'),
      accessorFn: insuranceRank,
      // The centre lends; it does not borrow, so its own cover is not a desk concern.
      cell: ({ row }) =>
        row.original.isCentre ? (
          <span className="muted">—</span>
        ) : (
          <InsuranceStatusBadge badge={row.original.insurance} />
        ),
      meta: { width: compact ? '9rem' : '10rem' },
    },
    {
      id: 'suspended',
      header: t('borrower.suspension'),
      accessorFn: (r) => r.suspended?.until,
      cell: ({ row }) => <SuspendedBadge suspended={row.original.suspended} withDate={!compact} />,
      meta: { width: compact ? '7.5rem' : '15rem' },
    },
  ];
  return compact ? columns.filter((c) => c.id !== 'kind' && c.id !== 'representative') : columns;
}

export function borrowerSearchText(r: OrganisationRow): string {
  return [r.name, r.rna, r.siret, r.communeName, r.communeInsee, r.representativeName]
    .filter(Boolean)
    .join(' ');
}
