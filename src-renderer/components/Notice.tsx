import type { ReactNode } from 'react';

/** A message above a form or a screen. Errors are announced; information is polite. */
export function Notice({
  tone,
  children,
  testId,
}: {
  tone: 'error' | 'warn' | 'info' | 'ok';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`notice notice-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
