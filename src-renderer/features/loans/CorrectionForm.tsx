import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionResultDto } from '../../../src-main/loans/contract';
import { ActionForm, RefusalNotice } from '../../components/ActionForm';
import { TextField } from '../../components/fields';
import { useAction } from '../../components/use-action';

/** A correction's call state (useAction) and its mandatory reason. */
export function useCorrection(fields: readonly string[]) {
  const { t } = useTranslation();
  const action = useAction<CorrectionResultDto>(fields);
  const [reason, setReason] = useState('');
  /** Shows the problems found here, the missing reason among them, and drops the last refusal: true when there are none. */
  const checked = (problems: Record<string, string>) => {
    const all = reason.trim() === '' ? { ...problems, reason: t('loans.correct.reasonRequired') } : problems;
    action.setLocal(all);
    action.setError(null);
    return Object.keys(all).length === 0;
  };
  return { ...action, reason, setReason, checked };
}

/** A correction's form: its explanation, the refusal no field says, its fields, then the mandatory reason. */
export function CorrectionForm({
  correction: c,
  testId,
  reasonTestId,
  explain,
  onSubmit,
  onCancel,
  formRef,
  children,
}: {
  correction: ReturnType<typeof useCorrection>;
  testId: string;
  reasonTestId: string;
  explain: string;
  onSubmit: () => void;
  onCancel: () => void;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ActionForm
      formRef={formRef}
      testId={testId}
      explain={explain}
      refusal={
        c.error && c.general ? (
          <RefusalNotice error={c.error} messages={c.other} testId={`${testId}-error`} />
        ) : null
      }
      submitLabel={t('loans.correct.submit')}
      busy={c.busy}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {children}
      <TextField
        label={t('loans.correct.reason')}
        name="reason"
        value={c.reason}
        onChange={c.setReason}
        required
        maxLength={400}
        error={c.shown.reason}
        testId={reasonTestId}
      />
    </ActionForm>
  );
}
