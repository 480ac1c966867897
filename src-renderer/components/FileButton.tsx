import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file chooser that speaks the desk's language (the native one says "Choose Files" in the
 * browser's language). The real input stays in the page, focusable, labelled by the button.
 */
export function FileButton({
  label,
  accept,
  multiple,
  disabled,
  onFiles,
  testId,
  describedBy,
  invalid,
  id: givenId,
}: {
  /** When a field's own label also names the input. */
  id?: string;
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  testId: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = givenId ?? ownId;
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <div className="file-button">
      <input
        id={id}
        ref={input}
        className="visually-hidden file-input"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          setChosen(files.map((f) => f.name));
          onFiles(files);
          // The same file can be chosen again after a refusal.
          if (multiple && input.current) input.current.value = '';
        }}
      />
      <label htmlFor={id} className={`button-like${disabled ? ' disabled' : ''}`}>
        {label}
      </label>
      <span className="muted file-chosen" aria-live="polite">
        {multiple ? '' : (chosen[0] ?? t('common.noFile'))}
      </span>
    </div>
  );
}
