import { createContext, useContext } from 'react';
import type { AppInfo } from '../../src-main/system/contract';
import { parisDateOf } from '../format/dates';

export interface Session {
  info: AppInfo;
  /** The profile acting at this desk. */
  staff: string;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the desk');
  return s;
}

/**
 * Today's Paris date for pre-filling a form. A fixed clock (demo, training) is the app's "now"
 * whatever the machine says; otherwise the machine's clock, which keeps running past midnight.
 */
export function todayFor(info: AppInfo): string {
  return parisDateOf(info.clockFixed ? info.now : new Date());
}
