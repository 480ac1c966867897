import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf, isPinError } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';

/**
 * A manager's override: what is refused, the written reason, then the manager's PIN (asked by the
 * API client when the override method answers that it needs one). A PIN refused or cancelled, or
 * an empty reason, is said beside the reason, which stays typed.
 */
export function OverrideDialog({
  open,
  onClose,
  title,
  refusal,
  submitLabel,
  onSubmit,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** What the main side refused, in the agent's language. */
  refusal: ReactNode;
  submitLabel: string;
  /** Resolves to null when done, or to the refusal (the dialog then stays open). */
  onSubmit: (reason: string) => Promise<ErrorBody | null>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      open={open}
      onClose={onClose}
      title={title}
      explanation={
        <>
          <div className="notice notice-warn">{refusal}</div>
          <p>{t('override.explain')}</p>
        </>
      }
      reasonLabel={t('override.reason')}
      submitLabel={submitLabel}
      danger
      testId={testId}
      onSubmit={async (typed) => {
        const reason = typed.trim();
        if (reason === '') return reasonError(t('override.reasonRequired'));
        const refused = await onSubmit(reason);
        if (!refused) return null;
        if (isPinError(refused)) return { ...refused, message: t('override.pinRefused') };
        const onReason = fieldErrorsOf(refused).find((f) => f.path === 'overrideReason');
        return onReason ? reasonError(onReason.message) : refused;
      }}
    />
  );
}

function reasonError(message: string): ErrorBody {
  return {
    code: 'VALIDATION_FAILED',
    message,
    details: { fields: [{ path: 'reason', code: 'required', message }] },
  };
}
