import type { TFunction } from 'i18next';
import type { Columns } from './DataTable';

type Column<T> = Columns<T>[number];

/** A text column cut to its width, the whole text on hover; `strong` for the name a row is read by. */
export function textColumn<T>(
  id: string,
  header: string,
  text: (r: T) => string,
  { strong = false, width }: { strong?: boolean; width?: string | undefined } = {},
): Column<T> {
  const Tag = strong ? 'strong' : 'span';
  return {
    id,
    header,
    accessorFn: text,
    cell: ({ row }) => {
      const s = text(row.original);
      return (
        <Tag className="truncate" title={s}>
          {s}
        </Tag>
      );
    },
    ...(width ? { meta: { width } } : {}),
  };
}

/** Who borrows, in bold: the same column in the bookings, loans and deposits lists. */
export function borrowerColumn<T extends { borrowerName: string }>(t: TFunction, width?: string): Column<T> {
  return textColumn<T>('borrower', t('booking.field.borrower'), (r) => r.borrowerName, {
    strong: true,
    width,
  });
}
