import type { ReactNode } from 'react';

export type Tone = 'ok' | 'info' | 'warn' | 'danger' | 'neutral';

/** A status read at a glance: the colour helps, the text says it (never colour alone). */
export function Badge({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <span className={`badge badge-${tone}`} data-testid={testId} data-tone={tone}>
      {children}
    </span>
  );
}
