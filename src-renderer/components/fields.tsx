import { useId, type ReactNode } from 'react';

interface A11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface ShellProps {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (a11y: A11y) => ReactNode;
}

/** Label, control, hint and the field's own error message right beside it. */
export function Field({ label, error, hint, required, className, children }: ShellProps) {
  const id = useId();
  // An error replaces the hint: one message under the field, the one that says what to do.
  const showHint = Boolean(hint) && !error;
  const hintId = showHint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {showHint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface Common {
  label: ReactNode;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  testId?: string;
  className?: string;
  disabled?: boolean;
}

export function TextField({
  value,
  onChange,
  type = 'text',
  autoFocus,
  inputMode,
  maxLength,
  placeholder,
  autoComplete = 'off',
  list,
  ...c
}: Common & {
  list?: string;
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' | 'search';
  autoFocus?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  maxLength?: number;
  placeholder?: string;
  autoComplete?: string;
}) {
  return (
    <Field label={c.label} error={c.error} hint={c.hint} required={c.required} className={c.className}>
      {(a11y) => (
        <input
          {...a11y}
          name={c.name}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
          inputMode={inputMode}
          maxLength={maxLength}
          placeholder={placeholder}
          autoComplete={autoComplete}
          list={list}
          disabled={c.disabled}
          data-testid={c.testId ?? `field-${c.name}`}
        />
      )}
    </Field>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 3,
  ...c
}: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <Field label={c.label} error={c.error} hint={c.hint} required={c.required} className={c.className}>
      {(a11y) => (
        <textarea
          {...a11y}
          name={c.name}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={c.disabled}
          data-testid={c.testId ?? `field-${c.name}`}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  ...c
}: Common & {
  value: string;
  onChange: (v: string) => void;
  options: readonly Option[];
  /** A first empty choice ('— choose —'). */
  placeholder?: string;
}) {
  return (
    <Field label={c.label} error={c.error} hint={c.hint} required={c.required} className={c.className}>
      {(a11y) => (
        <select
          {...a11y}
          name={c.name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={c.disabled}
          data-testid={c.testId ?? `field-${c.name}`}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  checked,
  onChange,
  ...c
}: Common & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className={`field field-checkbox${c.error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        name={c.name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        disabled={c.disabled}
        aria-invalid={Boolean(c.error)}
        aria-describedby={c.error ? `${id}-error` : undefined}
        data-testid={c.testId ?? `field-${c.name}`}
      />
      <label htmlFor={id}>{c.label}</label>
      {c.error ? (
        <p className="field-error" id={`${id}-error`}>
          {c.error}
        </p>
      ) : null}
    </div>
  );
}
