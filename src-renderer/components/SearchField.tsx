import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchTarget } from '../shell/search-focus';

/** The screen's search: Ctrl+K or '/' brings the cursor here; Escape clears it. */
export function SearchField({
  value,
  onChange,
  label,
  placeholder,
  testId,
}: {
  value: string;
  onChange: (v: string) => void;
  label: string;
  placeholder?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const register = useSearchTarget();
  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={register}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onChange('');
          }
        }}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        aria-keyshortcuts="Control+K /"
      />
      <kbd className="search-kbd" aria-hidden="true" title={t('app.shortcutHint')}>
        Ctrl K
      </kbd>
    </div>
  );
}
