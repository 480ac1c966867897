import type { TFunction } from 'i18next';
import type { ResourceKind, ResourceRowDto } from '../../../src-main/catalog/contract';
import { Badge } from '../../components/Badge';
import type { Columns } from '../../components/DataTable';
import { formatDateShort } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import type { Lang } from '../../i18n/lang';
import { InspectionBadge, MaintenanceNowBadge, ResourceStatusBadge } from './badges';

export type KindTab = 'all' | ResourceKind;

/** Only real values sort; a missing one goes last whatever the direction. */
const orUndefined = <T,>(v: T | null): T | undefined => (v === null ? undefined : v);

/** Columns that suit each kind: what an agent looks for in a minibus is not what they look for in chairs. */
export function catalogueColumns(tab: KindTab, t: TFunction, lang: Lang): Columns<ResourceRowDto> {
  const code: Columns<ResourceRowDto>[number] = {
    id: 'code',
    header: t('resource.field.inventoryCode'),
    accessorFn: (r) => r.inventoryCode,
    cell: ({ row }) => <span className="mono">{row.original.inventoryCode}</span>,
    meta: { width: '7rem' },
  };
  const name: Columns<ResourceRowDto>[number] = {
    id: 'name',
    header: t('resource.field.name'),
    accessorFn: (r) => r.name,
    cell: ({ row }) => (
      <span className="cell-name">
        <strong title={row.original.name}>{row.original.name}</strong>
        {row.original.isKit ? (
          <Badge tone="info">{t('resource.kitBadge', { count: row.original.componentCount })}</Badge>
        ) : null}
      </span>
    ),
    meta: { width: tab === 'vehicle' || tab === 'room' ? '22%' : '19%' },
  };
  const category: Columns<ResourceRowDto>[number] = {
    id: 'category',
    header: t('resource.field.category'),
    accessorFn: (r) => orUndefined(r.category),
    cell: ({ row }) => row.original.category ?? '—',
    meta: { width: '10rem' },
  };
  const site: Columns<ResourceRowDto>[number] = {
    id: 'site',
    header: t('resource.field.site'),
    accessorFn: (r) => r.siteName,
    cell: ({ row }) => (
      <span>
        {row.original.siteName}
        <span className="muted"> · {row.original.siteCommune}</span>
      </span>
    ),
    // Without a width a fixed-layout table gives these nothing at 1280 px.
    meta: { width: '11%' },
  };
  const owner: Columns<ResourceRowDto>[number] = {
    id: 'owner',
    header: t('resource.field.owner'),
    accessorFn: (r) => r.ownerName,
    meta: { width: '11%' },
  };
  const status: Columns<ResourceRowDto>[number] = {
    id: 'status',
    header: t('resource.field.status'),
    accessorFn: (r) => t(`resource.status.${r.status}`),
    cell: ({ row }) => (
      <span className="badges">
        <ResourceStatusBadge row={row.original} />
        <MaintenanceNowBadge
          quantity={row.original.quantityInMaintenanceNow}
          unit={row.original.tracking === 'unit'}
        />
      </span>
    ),
    meta: { width: '9rem' },
  };
  const usable: Columns<ResourceRowDto>[number] = {
    id: 'usable',
    header: t('resource.column.usable'),
    accessorFn: (r) => r.quantityUsableNow,
    cell: ({ row }) => (
      <span>
        <strong>{formatInteger(row.original.quantityUsableNow, lang)}</strong>
        <span className="muted"> / {formatInteger(row.original.quantityOwned, lang)}</span>
      </span>
    ),
    meta: { width: '8rem', align: 'end' },
  };
  const kind: Columns<ResourceRowDto>[number] = {
    id: 'kind',
    header: t('resource.field.kind'),
    accessorFn: (r) => t(`resource.kind.${r.kind}`),
    meta: { width: '6rem' },
  };

  switch (tab) {
    case 'all':
      return [code, name, category, kind, site, owner, usable, status];
    case 'equipment':
      return [
        code,
        name,
        category,
        site,
        owner,
        {
          id: 'owned',
          header: t('resource.field.quantityOwned'),
          accessorFn: (r) => r.quantityOwned,
          cell: ({ row }) => formatInteger(row.original.quantityOwned, lang),
          meta: { width: '7rem', align: 'end' },
        },
        usable,
        status,
      ];
    case 'room':
      return [
        code,
        name,
        site,
        {
          id: 'capacity',
          header: t('resource.field.roomCapacity'),
          accessorFn: (r) => orUndefined(r.roomCapacity),
          cell: ({ row }) =>
            row.original.roomCapacity === null
              ? '—'
              : t('resource.people', {
                  count: row.original.roomCapacity,
                  n: formatInteger(row.original.roomCapacity, lang),
                }),
          meta: { width: '8rem', align: 'end' },
        },
        {
          id: 'accessible',
          header: t('resource.field.roomAccessible'),
          accessorFn: (r) => (r.roomAccessible === null ? undefined : r.roomAccessible ? 1 : 0),
          cell: ({ row }) =>
            row.original.roomAccessible === null ? (
              <span className="muted">{t('resource.accessibility.unknown')}</span>
            ) : row.original.roomAccessible ? (
              <Badge tone="ok">{t('resource.accessibility.yes')}</Badge>
            ) : (
              <Badge tone="neutral">{t('resource.accessibility.no')}</Badge>
            ),
          meta: { width: '13rem' },
        },
        owner,
        status,
      ];
    case 'vehicle':
      return [
        code,
        name,
        {
          id: 'registration',
          header: t('resource.field.vehicleRegistration'),
          accessorFn: (r) => orUndefined(r.vehicleRegistration),
          cell: ({ row }) => <span className="mono">{row.original.vehicleRegistration ?? '—'}</span>,
          meta: { width: '8.5rem' },
        },
        {
          id: 'seats',
          header: t('resource.field.vehicleSeats'),
          accessorFn: (r) => orUndefined(r.vehicleSeats),
          cell: ({ row }) => row.original.vehicleSeats ?? '—',
          meta: { width: '5rem', align: 'end' },
        },
        {
          id: 'licence',
          header: t('resource.field.vehicleLicenceCategory'),
          accessorFn: (r) => orUndefined(r.vehicleLicenceCategory),
          cell: ({ row }) => row.original.vehicleLicenceCategory ?? '—',
          meta: { width: '5.5rem' },
        },
        {
          id: 'inspection',
          header: t('resource.field.vehicleNextInspection'),
          accessorFn: (r) => orUndefined(r.vehicleNextInspection),
          cell: ({ row }) =>
            row.original.vehicleNextInspection === null ? (
              '—'
            ) : (
              <span className="badges">
                {formatDateShort(row.original.vehicleNextInspection, lang)}
                <InspectionBadge alert={row.original.inspectionAlert} />
              </span>
            ),
          meta: { width: '12rem' },
        },
        site,
        status,
      ];
  }
}

export function searchTextOf(r: ResourceRowDto): string {
  return [r.name, r.inventoryCode, r.category, r.vehicleRegistration, r.siteName, r.ownerName]
    .filter(Boolean)
    .join(' ');
}
