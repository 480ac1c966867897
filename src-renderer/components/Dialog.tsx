import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  testId: string;
  size?: 'sm' | 'md' | 'lg';
}

/**
 * A modal on the native <dialog>: focus stays inside, Escape closes the topmost one, and what is
 * behind cannot be clicked. Unmounted when closed, so each opening starts from fresh state.
 */
export function Dialog({ open, ...rest }: DialogProps) {
  if (!open) return null;
  return <OpenDialog {...rest} />;
}

function OpenDialog({ onClose, title, children, testId, size = 'md' }: Omit<DialogProps, 'open'>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      d.showModal();
      // showModal() moves focus to the first focusable element (the × button), after React has
      // applied autoFocus: put the cursor back in the form's first field, where the agent types.
      const first =
        d.querySelector<HTMLElement>('.dialog-body [data-autofocus]') ??
        d.querySelector<HTMLElement>(
          '.dialog-body input:not([type=hidden]):not([disabled]):not([type=checkbox]):not([type=radio]), .dialog-body select:not([disabled]), .dialog-body textarea:not([disabled])',
        );
      first?.focus();
    }
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        // React lets 'cancel' reach ancestor dialogs: only the topmost one closes.
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('common.close')}
          data-testid={`${testId}-close`}
        >
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
