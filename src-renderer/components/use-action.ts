import { useState } from 'react';
import type { Envelope, ErrorBody } from '../../src-main/core/contract-kit';
import { splitFieldErrors } from '../api/client';

/**
 * The state an action dialog keeps around one call: the main side's refusal split into the
 * messages of the fields it knows and the others, the checks made before sending (`local`, shown
 * over the refusal's), busy while the call runs, and what the call did once it succeeded.
 */
export function useAction<Done>(fields: readonly string[] = []) {
  const [error, setError] = useState<ErrorBody | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const { byField, other } = splitFieldErrors(error, fields);
  /** A refusal that no field says on its own, or that says more than the fields do. */
  const general = error !== null && (other.length > 0 || Object.keys(byField).length === 0);

  /** Runs the call; a refusal is kept in `error`, a success clears it and becomes `done`. True on success. */
  const send = async <T>(call: () => Promise<Envelope<T>>, toDone: (value: T) => Done): Promise<boolean> => {
    setBusy(true);
    const env = await call();
    setBusy(false);
    if (!env.ok) {
      setError(env.error);
      return false;
    }
    setError(null);
    setDone(toDone(env.value));
    return true;
  };

  return {
    error,
    setError,
    local,
    setLocal,
    busy,
    done,
    byField,
    other,
    general,
    shown: { ...byField, ...local },
    send,
  };
}
