import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope, ErrorBody } from '../../../src-main/core/contract-kit';
import type { Input, MethodName } from '../../../src-main/api/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { useToast } from '../../shell/toast';

/**
 * What follows a write on a borrower's record: the refusal to show, or null once the agent has
 * been told it is done and the record reloaded.
 */
export function useAfterWrite(
  onChanged: () => void,
): (env: Envelope<unknown>, done: string) => ErrorBody | null {
  const notify = useToast();
  return (env, done) => {
    if (!env.ok) return env.error;
    notify(done);
    onChanged();
    return null;
  };
}

/** The dictionaries of the sub-records listed on a borrower's record (title, add, empty, remove…). */
type SubRecordKeys = 'contacts' | 'drivers' | 'insurance';

/** Methods that remove one sub-record by its id. */
type RemoveMethod = {
  [M in MethodName]: Input<M> extends { id: number } ? (M extends `${string}.remove` ? M : never) : never;
}[MethodName];

/**
 * A titled panel listing a borrower's sub-records (contacts, drivers, certificates), with an add
 * button, per-record edit and remove buttons, a confirmation before removing and the add/edit
 * dialog. Each section keeps its own words, test ids, record layout and dialog.
 */
export function SubRecordSection<T extends { id: number }>({
  keys,
  testId,
  addTestId,
  recordTestId,
  records,
  nameOf,
  removeOne,
  removeExplain,
  remove,
  onChanged,
  notice,
  renderRecord,
  editOne,
  actions,
  renderDialog,
}: {
  /** Where its words are: `${keys}.title`, `.add`, `.empty`, `.removeTitle`, `.removed`. */
  keys: SubRecordKeys;
  /** The section's test id. */
  testId: string;
  addTestId: string;
  /** Prefix of the records' test ids: `${recordTestId}-${id}`, `-edit-${id}`, `-remove-${id}`, `-remove-dialog`. */
  recordTestId: string;
  records: readonly T[];
  /** How a record is named in the labels below. */
  nameOf: (record: T) => string;
  /** The remove button's accessible name, and the question before removing. */
  removeOne: (name: string) => string;
  removeExplain: (name: string) => string;
  remove: RemoveMethod;
  onChanged: () => void;
  /** Shown between the title and the list. */
  notice?: ReactNode;
  renderRecord: (record: T) => ReactNode;
  /** The edit button's accessible name; without it records cannot be edited. */
  editOne?: (name: string) => string;
  /** Buttons shown before edit and remove. */
  actions?: (record: T) => ReactNode;
  /** The add/edit dialog: record is null to add one. */
  renderDialog: (record: T | null, onClose: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const afterWrite = useAfterWrite(onChanged);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);

  return (
    <section className="panel" data-testid={testId}>
      <div className="panel-title">
        <h3>{t(`${keys}.title`)}</h3>
        <button type="button" onClick={() => setEditing('new')} data-testid={addTestId}>
          {t(`${keys}.add`)}
        </button>
      </div>
      {notice}
      {records.length === 0 ? (
        <p className="muted">{t(`${keys}.empty`)}</p>
      ) : (
        <ul className="record-list">
          {records.map((r) => (
            <li key={r.id} data-testid={`${recordTestId}-${r.id}`}>
              {renderRecord(r)}
              <div className="record-actions">
                {actions?.(r)}
                {editOne ? (
                  <button
                    type="button"
                    className="small"
                    onClick={() => setEditing(r)}
                    aria-label={editOne(nameOf(r))}
                    data-testid={`${recordTestId}-edit-${r.id}`}
                  >
                    {t('common.edit')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="small"
                  onClick={() => setRemoving(r)}
                  aria-label={removeOne(nameOf(r))}
                  data-testid={`${recordTestId}-remove-${r.id}`}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing !== null ? renderDialog(editing === 'new' ? null : editing, () => setEditing(null)) : null}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t(`${keys}.removeTitle`)}
        explanation={<p>{removeExplain(removing ? nameOf(removing) : '')}</p>}
        confirmLabel={t('common.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          return afterWrite(await run(remove, { id: removing.id }), t(`${keys}.removed`));
        }}
        testId={`${recordTestId}-remove-dialog`}
      />
    </section>
  );
}

/**
 * The dialog adding or editing a sub-record: the form's refusals (beside their fields, the rest
 * above them), busy while saving, then a notice, a reload and closing. The fields are the caller's.
 */
export function SubRecordDialog({
  title,
  testId,
  size,
  paths,
  intro,
  errorTestId,
  blocked = false,
  save,
  saved,
  onSaved,
  onClose,
  submitLabel,
  submitTone = 'primary',
  submitTestId,
  children,
}: {
  title: string;
  testId: string;
  size?: 'sm';
  /** The fields that show their own refusals. */
  paths: readonly string[];
  /** Shown above the form's refusals. */
  intro?: ReactNode;
  errorTestId?: string;
  /** True while a problem the form already shows forbids sending it. */
  blocked?: boolean;
  save: () => Promise<Envelope<unknown>>;
  /** The notice once saved. */
  saved: string;
  onSaved: () => void;
  onClose: () => void;
  submitLabel: string;
  submitTone?: 'primary' | 'danger';
  submitTestId: string;
  children: (byField: Record<string, string>) => ReactNode;
}) {
  const { t } = useTranslation();
  const afterWrite = useAfterWrite(onSaved);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, paths);
  return (
    <Dialog open onClose={onClose} title={title} testId={testId} size={size}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (blocked) return;
          setBusy(true);
          const env = await save();
          setBusy(false);
          const refusal = afterWrite(env, saved);
          if (refusal) return setError(refusal);
          onClose();
        }}
      >
        {intro}
        {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
          <Notice tone="error" testId={errorTestId}>
            <Messages list={other} fallback={error.message} />
          </Notice>
        ) : null}
        {children(byField)}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={submitTone} disabled={busy} data-testid={submitTestId}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
