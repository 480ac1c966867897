import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { InsuranceStatusBadge, SuspendedBadge } from '../borrowers/badges';

/** Finds the borrower by name, RNA, SIRET or commune; Enter takes the first match. */
export function BorrowerPicker({
  value,
  onChange,
  error,
  disabled,
  autoFocus,
}: {
  value: { id: number; name: string } | null;
  onChange: (b: { id: number; name: string } | null) => void;
  error?: string | undefined;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useQuery('organisations.list', { search: search.trim() }, { skip: search.trim() === '' });
  const matches = (found.data ?? []).slice(0, 8);
  const chosen = useQuery('organisations.list', { search: value?.name ?? '' }, { skip: value === null });
  const chosenRow = chosen.data?.find((o) => o.id === value?.id);

  if (value)
    return (
      <div className="field">
        <span style={{ fontWeight: 600, fontSize: '0.85rem' }}>{t('booking.field.borrower')}</span>
        <div className="badges" data-testid="booking-borrower">
          <strong>{value.name}</strong>
          {chosenRow ? <InsuranceStatusBadge badge={chosenRow.insurance} /> : null}
          {chosenRow ? <SuspendedBadge suspended={chosenRow.suspended} /> : null}
          {!disabled ? (
            <button
              type="button"
              className="small"
              onClick={() => onChange(null)}
              data-testid="booking-borrower-change"
            >
              {t('booking.changeBorrower')}
            </button>
          ) : null}
        </div>
      </div>
    );
  return (
    <div className={`field kit-add${error ? ' field-invalid' : ''}`}>
      <label htmlFor="booking-borrower-search">
        {t('booking.field.borrower')}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <input
        id="booking-borrower-search"
        type="search"
        value={search}
        autoFocus={autoFocus}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const first = matches[0];
          if (first) onChange({ id: first.id, name: first.name });
        }}
        placeholder={t('booking.borrowerPlaceholder')}
        autoComplete="off"
        aria-invalid={Boolean(error)}
        aria-required="true"
        aria-describedby={error ? 'booking-borrower-error' : undefined}
        data-testid="booking-borrower-search"
      />
      {error ? (
        <p className="field-error" id="booking-borrower-error">
          {error}
        </p>
      ) : null}
      {matches.length > 0 ? (
        <ul className="suggestions" data-testid="booking-borrower-suggestions">
          {matches.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="suggestion"
                onClick={() => onChange({ id: o.id, name: o.name })}
                data-testid={`booking-borrower-pick-${o.id}`}
              >
                {o.name}
                {o.communeName ? <span className="muted"> · {o.communeName}</span> : null}{' '}
                <InsuranceStatusBadge badge={o.insurance} />
                <SuspendedBadge suspended={o.suspended} withDate={false} />
              </button>
            </li>
          ))}
        </ul>
      ) : search.trim() !== '' && !found.loading ? (
        <p className="muted">{t('booking.noBorrower')}</p>
      ) : null}
    </div>
  );
}
