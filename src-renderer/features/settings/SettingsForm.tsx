import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope, ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf, splitFieldErrors, type FieldError } from '../../api/client';
import type { Query } from '../../api/hooks';
import { Messages, Notice } from '../../components/Notice';

/**
 * One settings form: its fields, "Enregistrer", the server's refusals beside the fields they name
 * (the rest above the form), and a saved notice. What was typed stays whatever the answer.
 */
export function SettingsForm({
  testId,
  paths,
  local = {},
  save,
  saved,
  submitLabel,
  rewrite,
  onReload,
  className,
  children,
}: {
  testId: string;
  /** The API paths the form has a field for, most specific first. */
  paths: readonly string[];
  /** Problems found in the typed text itself (path → message): nothing is sent while there are any. */
  local?: Record<string, string>;
  save: () => Promise<Envelope<unknown>>;
  /** The notice once saved. */
  saved: string;
  submitLabel?: string;
  /** Words a field's refusal differently (a limit in cents, for a field typed in euros). */
  rewrite?: (f: FieldError) => string;
  /** Offered when someone else saved in between (STALE_VERSION). */
  onReload?: () => void;
  className?: string;
  children: (byField: Record<string, string>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const server = splitFieldErrors(reworded(error, rewrite), paths);
  const localShown = tried ? local : {};
  const byField = { ...server.byField, ...localShown };
  const hasFieldErrors = Object.keys(byField).length > 0;

  return (
    <form
      noValidate
      className={className}
      data-testid={testId}
      onChange={() => setDone(false)}
      onSubmit={async (e) => {
        e.preventDefault();
        setTried(true);
        setDone(false);
        if (Object.keys(local).length > 0) return setError(null);
        setBusy(true);
        const env = await save();
        setBusy(false);
        if (!env.ok) return setError(env.error);
        setError(null);
        setTried(false);
        setDone(true);
      }}
    >
      {error && (server.other.length > 0 || Object.keys(server.byField).length === 0) ? (
        <Notice tone="error" testId={`${testId}-error`}>
          <Messages list={server.other} fallback={error.message} />
          {error.code === 'STALE_VERSION' && onReload ? (
            <div className="button-row">
              <button type="button" onClick={onReload}>
                {t('settings.reload')}
              </button>
            </div>
          ) : null}
        </Notice>
      ) : hasFieldErrors ? (
        <Notice tone="error" testId={`${testId}-error`}>
          {t('form.fixFields')}
        </Notice>
      ) : null}
      {children(byField)}
      <div className="button-row settings-actions">
        <button type="submit" className="primary" disabled={busy} data-testid={`${testId}-submit`}>
          {busy ? t('settings.saving') : (submitLabel ?? t('common.save'))}
        </button>
        {done ? (
          <Notice tone="ok" testId={`${testId}-saved`}>
            {saved}
          </Notice>
        ) : null}
      </div>
    </form>
  );
}

function reworded(error: ErrorBody | null, rewrite?: (f: FieldError) => string): ErrorBody | null {
  if (!error || !rewrite) return error;
  const fields = fieldErrorsOf(error);
  if (fields.length === 0) return error;
  return {
    ...error,
    details: { ...(error.details as object), fields: fields.map((f) => ({ ...f, message: rewrite(f) })) },
  };
}

/** A section's current values: a loading line, the refusal with "Réessayer", or the form. */
export function Loaded<T>({ query, children }: { query: Query<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.error) {
    return (
      <Notice tone="error">
        {query.error.message}{' '}
        <button type="button" onClick={query.reload}>
          {t('common.retry')}
        </button>
      </Notice>
    );
  }
  if (query.data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  return <>{children(query.data)}</>;
}
