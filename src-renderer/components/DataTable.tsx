import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { compareValues, matchesSearch } from './search-text';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match the library's
  interface ColumnMeta<TData extends RowData, TValue> {
    /** CSS width of the column ('12rem', '20%'); the table's layout is fixed so rows never jump. */
    width?: string;
    align?: 'start' | 'end' | 'center';
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
export type Columns<T> = ColumnDef<T, any>[];

export interface DataTableProps<T> {
  data: readonly T[];
  columns: Columns<T>;
  getRowId: (row: T) => string;
  /** Accessible name of the table. */
  label: string;
  testId: string;
  /** The screen's search text; each row's `searchText` must contain every word. */
  filter?: string;
  searchText?: (row: T) => string;
  onOpen?: (row: T) => void;
  empty: ReactNode;
  initialSorting?: SortingState;
  rowTestId?: (row: T) => string;
  /** The row whose record is open beside the table. */
  isSelected?: (row: T) => boolean;
}

const ROW_HEIGHT = 38;

/**
 * The desk's table: sortable headers (aria-sort), a text filter, a row count, and only the rows
 * in view rendered so thousands of records scroll smoothly. Rows open with a click or Enter and
 * the arrow keys move between them.
 */
export function DataTable<T>({
  data,
  columns,
  getRowId,
  label,
  testId,
  filter = '',
  searchText,
  onOpen,
  empty,
  initialSorting = [],
  rowTestId,
  isSelected,
}: DataTableProps<T>) {
  const { t, i18n } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [activeIndex, setActiveIndex] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);

  const filtered = useMemo(() => {
    if (!searchText || filter.trim() === '') return data as T[];
    return data.filter((row) => matchesSearch(searchText(row), filter));
  }, [data, filter, searchText]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns fresh functions by design
  const table = useReactTable<T>({
    data: filtered,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => getRowId(row),
    defaultColumn: {
      sortingFn: (a, b, id) => compareValues(a.getValue(id), b.getValue(id)),
      sortUndefined: 'last',
    },
  });
  const rows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns();
  const current = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`)?.focus();
    });
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) => {
    if (e.target !== e.currentTarget) return; // a button inside the row handles its own keys
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (e.key === 'Enter' && onOpen) {
      e.preventDefault();
      onOpen(row);
    } else if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key] as number);
    }
  };

  const number = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR').format(n);
  const count =
    filtered.length === data.length
      ? t('table.rows', { count: data.length, n: number(data.length) })
      : t('table.rowsFiltered', {
          count: filtered.length,
          n: number(filtered.length),
          total: number(data.length),
        });

  return (
    <div className="data-table" data-testid={testId}>
      <div className="table-scroll" ref={scrollRef}>
        <table aria-label={label} aria-rowcount={rows.length + 1}>
          <colgroup>
            {visibleColumns.map((c) => (
              <col
                key={c.id}
                style={c.columnDef.meta?.width ? { width: c.columnDef.meta.width } : undefined}
              />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const content = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : canSort
                              ? 'none'
                              : undefined
                      }
                      className={`align-${header.column.columnDef.meta?.align ?? 'start'}`}
                    >
                      {canSort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                          data-testid={`${testId}-sort-${header.column.id}`}
                          title={
                            typeof header.column.columnDef.header === 'string'
                              ? header.column.columnDef.header
                              : undefined
                          }
                        >
                          <span className="th-label">{content}</span>
                          <span className="sort-mark" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="table-empty" data-testid={`${testId}-empty`}>
                  {empty}
                </td>
              </tr>
            ) : null}
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  tabIndex={item.index === current ? 0 : -1}
                  className={[onOpen ? 'clickable' : '', isSelected?.(row.original) ? 'selected' : '']
                    .join(' ')
                    .trim()}
                  aria-current={isSelected?.(row.original) ? 'true' : undefined}
                  onClick={onOpen ? () => onOpen(row.original) : undefined}
                  onKeyDown={(e) => onRowKey(e, item.index, row.original)}
                  onFocus={() => setActiveIndex(item.index)}
                  data-testid={rowTestId?.(row.original) ?? `${testId}-row`}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`align-${cell.column.columnDef.meta?.align ?? 'start'}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className="table-count" aria-live="polite" data-testid={`${testId}-count`}>
        {count}
      </p>
    </div>
  );
}
