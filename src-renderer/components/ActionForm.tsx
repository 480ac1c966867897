import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../src-main/core/contract-kit';
import { Messages, Notice } from './Notice';

/**
 * The form of an action dialog: an explanation, the refusal, the fields, then « Annuler » and the
 * submit button (test ids `<testId>-cancel` and `<testId>-submit`, extra buttons before them).
 */
export function ActionForm({
  testId,
  explain,
  intro,
  refusal,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
  actions,
  formRef,
  children,
}: {
  testId: string;
  explain: string;
  /** Said before the explanation. */
  intro?: ReactNode;
  refusal?: ReactNode;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** More buttons, before « Annuler ». */
  actions?: ReactNode;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {intro}
      <p className="muted">{explain}</p>
      {refusal}
      {children}
      <div className="dialog-actions">
        {actions}
        <button type="button" onClick={onCancel} data-testid={`${testId}-cancel`}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The main side's refusal above a form: its messages, or its own message when it lists none. */
export function RefusalNotice({
  error,
  messages,
  testId,
  children,
}: {
  error: ErrorBody;
  messages: readonly string[];
  testId: string;
  /** Said before the messages. */
  children?: ReactNode;
}) {
  return (
    <Notice tone="error" testId={testId}>
      {children}
      <Messages list={messages} fallback={error.message} />
    </Notice>
  );
}

/**
 * What an action did, then « Fermer » (test id `<testId>-close`), which takes the focus so Enter
 * closes; extra buttons before it.
 */
export function ResultForm({
  testId,
  onClose,
  actions,
  children,
}: {
  testId: string;
  onClose: () => void;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
      <div className="dialog-actions">
        {actions}
        <button type="submit" className="primary" autoFocus data-testid={`${testId}-close`}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
