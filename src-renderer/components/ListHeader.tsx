import type { ReactNode } from 'react';
import { SearchField } from './SearchField';

export interface ListSearch {
  value: string;
  onChange: (v: string) => void;
  label: string;
  placeholder?: string;
  testId: string;
}

/**
 * The top of a list screen, laid out the same on every list: its title, the shared search
 * (Ctrl+K), then the screen's filters and actions.
 */
export function ListHeader({
  titleId,
  title,
  search,
  children,
}: {
  /** The id the screen's <section aria-labelledby> points at. */
  titleId: string;
  title: ReactNode;
  search: ListSearch;
  children?: ReactNode;
}) {
  return (
    <header className="screen-header">
      <h1 id={titleId}>{title}</h1>
      <SearchField {...search} />
      {children}
    </header>
  );
}

/**
 * A few mutually exclusive views of a list (« En cours », « Rendus »…) as toggle buttons: one
 * click or Space, the pressed one says which view is shown.
 */
export function FilterButtons<T extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
  testId: string;
}) {
  return (
    <div className="lang-switch" role="group" aria-label={label} data-testid={testId}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
          data-testid={`${testId}-${o.value}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
