import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_STATUSES,
  type IncidentDto,
  type IncidentStatus,
} from '../../../src-main/incidents/contract';
import { useQuery } from '../../api/hooks';
import { Badge, type Tone } from '../../components/Badge';
import { DataTable, type Columns } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { ListHeader } from '../../components/ListHeader';
import { formatDateShort, parisDateOf } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { useLang } from '../bookings/desk-format';
import { IncidentDialog } from './IncidentDialog';

const STATUS_TONE: Record<IncidentStatus, Tone> = {
  open: 'danger',
  repaired: 'ok',
  written_off: 'neutral',
  recovered: 'ok',
};

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STATUS_TONE[status]} testId={`incident-status-${status}`}>
      {t(`incidents.status.${status}`)}
    </Badge>
  );
}

/** Damage, losses and accidents, with what they cost; a row opens its status and real cost. */
export function IncidentsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<IncidentStatus | ''>('');
  const [open, setOpen] = useState<IncidentDto | null>(null);
  const list = useQuery('incidents.list', status ? { status } : {});
  const columns = useMemo<Columns<IncidentDto>>(
    () => [
      {
        id: 'id',
        header: t('booking.field.number'),
        accessorFn: (r) => r.id,
        meta: { width: '4.5rem', align: 'end' },
      },
      {
        id: 'status',
        header: t('booking.field.status'),
        accessorFn: (r) => r.status,
        cell: ({ row }) => <IncidentStatusBadge status={row.original.status} />,
        meta: { width: '8.5rem' },
      },
      {
        id: 'kind',
        header: t('incidents.field.kind'),
        accessorFn: (r) => t(`incidents.kind.${r.kind}`),
        meta: { width: '7rem' },
      },
      {
        id: 'resource',
        header: t('incidents.field.resource'),
        accessorFn: (r) => r.resourceName,
        cell: ({ row }) => (
          <span className="truncate" title={row.original.description}>
            <span className="mono">{row.original.inventoryCode}</span> {row.original.resourceName}
            {row.original.quantity > 1 ? ` × ${row.original.quantity}` : ''}
          </span>
        ),
      },
      {
        id: 'borrower',
        header: t('booking.field.borrower'),
        accessorFn: (r) => r.borrowerName,
        cell: ({ row }) => (
          <span className="truncate" title={row.original.borrowerName}>
            {row.original.borrowerName}
          </span>
        ),
        meta: { width: '20%' },
      },
      {
        id: 'agreement',
        header: t('deposits.field.agreement'),
        accessorFn: (r) => r.agreementNumber ?? undefined,
        cell: ({ row }) => <span className="mono">{row.original.agreementNumber ?? '—'}</span>,
        meta: { width: '7.5rem' },
      },
      {
        id: 'cost',
        header: t('incidents.field.cost'),
        accessorFn: (r) => r.effectiveCostCents,
        cell: ({ row }) => (
          <span title={t('incidents.estimateWas', { amount: formatMoney(row.original.estimateCents, lang) })}>
            {formatMoney(row.original.effectiveCostCents, lang)}
            {row.original.costCents === null ? (
              <span className="muted"> {t('incidents.estimated')}</span>
            ) : null}
          </span>
        ),
        meta: { width: '10rem', align: 'end' },
      },
      {
        id: 'created',
        header: t('incidents.field.createdAt'),
        accessorFn: (r) => r.createdAt,
        cell: ({ row }) => formatDateShort(parisDateOf(row.original.createdAt), lang),
        meta: { width: '7.5rem' },
      },
    ],
    [t, lang],
  );
  return (
    <section className="screen" data-testid="screen-incidents" aria-labelledby="incidents-title">
      <ListHeader
        titleId="incidents-title"
        title={t('incidents.title')}
        search={{
          value: search,
          onChange: setSearch,
          label: t('incidents.searchLabel'),
          placeholder: t('incidents.searchPlaceholder'),
          testId: 'incidents-search',
        }}
      >
        <div className="field field-inline">
          <label htmlFor="incidents-status">{t('booking.field.status')}</label>
          <select
            id="incidents-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as IncidentStatus | '')}
            data-testid="incidents-status"
          >
            <option value="">{t('incidents.allStatuses')}</option>
            {INCIDENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`incidents.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </ListHeader>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      <DataTable<IncidentDto>
        data={list.data ?? []}
        columns={columns}
        getRowId={(r) => String(r.id)}
        label={t('incidents.tableLabel')}
        testId="incidents-table"
        filter={search}
        searchText={(r) =>
          [r.resourceName, r.inventoryCode, r.borrowerName, r.description, r.agreementNumber]
            .filter(Boolean)
            .join(' ')
        }
        onOpen={setOpen}
        rowTestId={(r) => `incident-row-${r.id}`}
        initialSorting={[{ id: 'created', desc: true }]}
        empty={list.loading ? t('common.loading') : t('incidents.empty')}
      />
      {open ? (
        <IncidentDialog
          key={open.id}
          incident={open}
          onClose={() => setOpen(null)}
          onSaved={() => {
            list.reload();
            setOpen(null);
          }}
        />
      ) : null}
    </section>
  );
}
