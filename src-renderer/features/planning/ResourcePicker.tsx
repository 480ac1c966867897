import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceRowDto } from '../../../src-main/catalog/contract';
import { useQuery } from '../../api/hooks';

/** Finds a resource by name or inventory code; the chosen one stays shown with a way to change it. */
export function ResourcePicker({
  value,
  onChange,
  testId,
}: {
  value: ResourceRowDto | null;
  onChange: (r: ResourceRowDto | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = search.trim();
  const found = useQuery('resources.list', { search: term }, { skip: term.length < 2 || value !== null });
  const id = `${testId}-input`;
  // The field and the chosen resource replace each other: the focus follows, not lost to the page.
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'input' | 'change' | null>(null);
  useEffect(() => {
    if (refocus.current === 'change') changeRef.current?.focus();
    if (refocus.current === 'input') inputRef.current?.focus();
    refocus.current = null;
  }, [value]);
  const choose = (r: ResourceRowDto | null) => {
    refocus.current = r ? 'change' : 'input';
    onChange(r);
  };

  if (value) {
    return (
      <div className="field planning-picked" data-testid={`${testId}-chosen`}>
        <span className="field-label-like">{t('planning.resource.label')}</span>
        <p>
          <strong>{value.name}</strong> <span className="mono">{value.inventoryCode}</span>{' '}
          <span className="muted">— {value.siteName}</span>{' '}
          <button
            type="button"
            className="link"
            ref={changeRef}
            onClick={() => choose(null)}
            data-testid={`${testId}-change`}
          >
            {t('planning.resource.change')}
          </button>
        </p>
      </div>
    );
  }
  const rows = (found.data ?? []).slice(0, 10);
  return (
    <div className="field planning-picker">
      <label htmlFor={id}>{t('planning.resource.label')}</label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        value={search}
        autoComplete="off"
        placeholder={t('planning.resource.placeholder')}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          const first = rows[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            choose(first);
          }
        }}
        data-testid={testId}
      />
      {term.length >= 2 && found.data ? (
        rows.length === 0 ? (
          <p className="muted" role="status">
            {t('planning.resource.none')}
          </p>
        ) : (
          <ul className="planning-suggestions">
            {rows.map((r) => (
              <li key={r.id}>
                <button type="button" onClick={() => choose(r)} data-testid={`${testId}-option-${r.id}`}>
                  <strong>{r.name}</strong> <span className="mono">{r.inventoryCode}</span>{' '}
                  <span className="muted">— {r.siteName}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
