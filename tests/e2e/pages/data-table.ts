import { expect, type Locator } from '@playwright/test';

/**
 * The shared DataTable as an agent reads it: column headers that sort, rows, the row count below.
 * Rows are virtualised: only those in view (plus a margin) are in the page.
 */
export class DataTableView {
  readonly rows: Locator;
  readonly count: Locator;

  constructor(
    readonly table: Locator,
    count: Locator,
  ) {
    // Data rows only: the spacer rows of the virtualiser and the "empty" row carry no data-index.
    this.rows = table.locator('tbody tr[data-index]');
    this.count = count;
  }

  header(name: string): Locator {
    return this.table.getByRole('columnheader', { name, exact: true });
  }

  /** Clicks a column header (its sort button) and waits for aria-sort to change. */
  async sortBy(name: string): Promise<void> {
    const header = this.header(name);
    const before = await header.getAttribute('aria-sort');
    await header.getByRole('button').click();
    await expect(header).not.toHaveAttribute('aria-sort', before ?? 'none');
  }

  /** The position of a column, by its header text. */
  async columnIndex(name: string): Promise<number> {
    const headers = (await this.table.locator('thead th').allInnerTexts()).map(stripSortMark);
    const index = headers.indexOf(name);
    if (index < 0) throw new Error(`No column "${name}" among ${JSON.stringify(headers)}`);
    return index;
  }

  /** The text of one column in the rows currently rendered, top to bottom. */
  async columnTexts(name: string): Promise<string[]> {
    const index = await this.columnIndex(name);
    const texts = await this.rows.locator(`td:nth-child(${index + 1})`).allInnerTexts();
    return texts.map((t) => t.trim());
  }

  /** One cell of a row, by its column's header text. */
  async cell(row: Locator, column: string): Promise<Locator> {
    return row.locator('td').nth(await this.columnIndex(column));
  }

  /** The number shown under the table ('58 lignes', '3 lignes sur 58', '1,500 rows'). */
  async shownCount(): Promise<number> {
    const text = (await this.count.innerText()).trim();
    const m = /^([\d\s\u00a0\u202f,.]+)/.exec(text);
    if (!m?.[1]) throw new Error(`Unreadable row count: "${text}"`);
    return Number(m[1].replace(/[\s\u00a0\u202f,.]/g, ''));
  }
}

/** Header text without the ▲ ▼ ↕ mark. */
function stripSortMark(text: string): string {
  return text.replace(/[▲▼↕]/g, '').trim();
}
