import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../src-main/core/contract-kit';
import { splitFieldErrors } from '../api/client';
import { Dialog } from './Dialog';
import { Messages, Notice } from './Notice';
import { TextField } from './fields';

/**
 * Asks for the reason of an action (out of service, retire, lift a suspension…) and says what
 * will happen. The refusal, if any, is shown beside the reason and the text stays.
 */
export function ReasonDialog({
  open,
  onClose,
  title,
  explanation,
  reasonLabel,
  submitLabel,
  danger,
  required = true,
  onSubmit,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  explanation: ReactNode;
  reasonLabel?: string;
  submitLabel: string;
  danger?: boolean;
  required?: boolean;
  /** Resolves to null when done (the dialog closes), or to the refusal to show. */
  onSubmit: (reason: string) => Promise<ErrorBody | null>;
  testId: string;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={title} testId={testId} size="sm">
      <ReasonForm
        onClose={onClose}
        explanation={explanation}
        reasonLabel={reasonLabel}
        submitLabel={submitLabel}
        danger={danger}
        required={required}
        onSubmit={onSubmit}
        testId={testId}
      />
    </Dialog>
  );
}

function ReasonForm({
  onClose,
  explanation,
  reasonLabel,
  submitLabel,
  danger,
  required,
  onSubmit,
  testId,
}: {
  onClose: () => void;
  explanation: ReactNode;
  reasonLabel: string | undefined;
  submitLabel: string;
  danger: boolean | undefined;
  required: boolean;
  onSubmit: (reason: string) => Promise<ErrorBody | null>;
  testId: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, ['reason']);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const refusal = await onSubmit(reason);
        setBusy(false);
        if (refusal) setError(refusal);
        else onClose();
      }}
    >
      <div className="explain">{explanation}</div>
      {error && !byField.reason ? (
        <Notice tone="error" testId={`${testId}-error`}>
          <Messages list={other} fallback={error.message} />
        </Notice>
      ) : null}
      <TextField
        label={reasonLabel ?? t('common.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        error={byField.reason}
        required={required}
        autoFocus
        maxLength={400}
        testId={`${testId}-reason`}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid={`${testId}-cancel`}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className={danger ? 'danger' : 'primary'}
          disabled={busy}
          data-testid={`${testId}-submit`}
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A yes/no question for a destructive action that needs no reason. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  explanation,
  confirmLabel,
  onConfirm,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  explanation: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<ErrorBody | null>;
  testId: string;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={title} testId={testId} size="sm">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const refusal = await onConfirm();
          setBusy(false);
          if (refusal) setError(refusal);
          else close();
        }}
      >
        <div className="explain">{explanation}</div>
        {error ? (
          <Notice tone="error" testId={`${testId}-error`}>
            {error.message}
          </Notice>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={close} data-testid={`${testId}-cancel`}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="danger" disabled={busy} autoFocus data-testid={`${testId}-submit`}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
