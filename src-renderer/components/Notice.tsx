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

/** One message as a sentence, several as a list (no language-specific separator to join them). */
export function Messages({ list, fallback }: { list: readonly string[]; fallback?: string }) {
  if (list.length === 0) return fallback ? <>{fallback}</> : null;
  if (list.length === 1) return <>{list[0]}</>;
  return (
    <ul>
      {list.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
