import { useState } from 'react';

export interface ScanMessage {
  tone: 'ok' | 'error';
  text: string;
}

/**
 * The desk's scan field: an inventory code typed, or read by a keyboard-wedge barcode reader
 * (which types it and presses Enter), then Enter. Enter acts on the code here and never submits
 * the form around it; the answer is announced below the field and the field is emptied for the
 * next code.
 */
export function ScanField({
  id,
  label,
  placeholder,
  hint,
  onScan,
  testId,
}: {
  id: string;
  label: string;
  placeholder: string;
  hint: string;
  /** What the code found or did, in the agent's words. */
  onScan: (code: string) => ScanMessage;
  testId: string;
}) {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<ScanMessage | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const typed = code.trim();
          if (typed === '') return;
          setMessage(onScan(typed));
          setCode('');
        }}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-message`}
        data-testid={testId}
      />
      <p
        id={`${id}-message`}
        className={message?.tone === 'error' ? 'field-error' : 'field-hint'}
        role="status"
        data-testid={`${testId}-message`}
      >
        {message?.text ?? hint}
      </p>
    </div>
  );
}
