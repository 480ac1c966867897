import { useTranslation } from 'react-i18next';
import type { PrepareLineDto } from '../../../src-main/loans/contract';
import { Notice } from '../../components/Notice';

export interface SafetyNote {
  key: string;
  name: string;
  text: string;
}

/** The safety notes of the lines handed over and of their kits' pieces. */
export function safetyNotesOf(lines: readonly PrepareLineDto[]): SafetyNote[] {
  return lines.flatMap((l) =>
    [
      l.safetyNotes ? { key: `l${l.lineId}`, name: l.name, text: l.safetyNotes } : null,
      ...l.components.map((c) =>
        c.safetyNotes ? { key: `c${c.lineId}`, name: c.name, text: c.safetyNotes } : null,
      ),
    ].filter((n): n is SafetyNote => n !== null),
  );
}

/**
 * The safety notes to go through with the borrower before a handover, and the box saying they
 * were read (test ids `<testId>-safety-notes` and `<testId>-notes-read`). Nothing when there are none.
 */
export function SafetyNotes({
  notes,
  read,
  onRead,
  error,
  testId,
}: {
  notes: readonly SafetyNote[];
  read: boolean;
  onRead: (read: boolean) => void;
  error: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <Notice tone="warn" testId={`${testId}-safety-notes`}>
      <p>
        <strong>{t('checkout.safetyNotes')}</strong>
      </p>
      <ul>
        {notes.map((n) => (
          <li key={n.key}>
            <strong>{n.name}</strong> : {n.text}
          </li>
        ))}
      </ul>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={read}
          onChange={(e) => onRead(e.target.checked)}
          aria-invalid={Boolean(error)}
          data-testid={`${testId}-notes-read`}
        />{' '}
        {t('checkout.notesRead')}
      </label>
      {error ? <p className="field-error">{error}</p> : null}
    </Notice>
  );
}
