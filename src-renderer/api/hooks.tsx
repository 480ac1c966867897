import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope, ErrorBody } from '../../src-main/core/contract-kit';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import { call, isPinError } from './client';
import { Dialog } from '../components/Dialog';

type AskPin = (reason: string) => Promise<string | null>;
const PinContext = createContext<AskPin>(() => Promise.resolve(null));

/**
 * Manager actions need a manager's PIN. Rather than each screen knowing which methods those are,
 * a refusal asking for a PIN opens this prompt and the same call is sent again with it.
 */
export function PinProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<{
    n: number;
    reason: string;
    resolve: (pin: string | null) => void;
  } | null>(null);
  const [pin, setPin] = useState('');
  const ask = useCallback<AskPin>(
    (reason) =>
      new Promise((resolve) => {
        setPin('');
        // A new number each time: a refused PIN reopens the prompt fresh, focused on the field.
        setRequest((r) => ({ n: (r?.n ?? 0) + 1, reason, resolve }));
      }),
    [],
  );
  const finish = (value: string | null) => {
    request?.resolve(value);
    setRequest(null);
    setPin('');
  };
  return (
    <PinContext.Provider value={ask}>
      {children}
      <Dialog
        key={request?.n}
        open={request !== null}
        onClose={() => finish(null)}
        title={t('pin.title')}
        testId="pin-dialog"
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (pin.trim()) finish(pin.trim());
          }}
        >
          <p className="notice notice-warn" role="alert">
            {request?.reason}
          </p>
          <div className="field">
            <label htmlFor="pin-input">{t('pin.label')}</label>
            <input
              id="pin-input"
              data-testid="pin-input"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              autoFocus
              value={pin}
              onChange={(e) => setPin(e.target.value)}
            />
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={() => finish(null)} data-testid="pin-cancel">
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" data-testid="pin-submit">
              {t('pin.submit')}
            </button>
          </div>
        </form>
      </Dialog>
    </PinContext.Provider>
  );
}

export type Run = <M extends MethodName>(method: M, input: Input<M>) => Promise<Envelope<Output<M>>>;

/** Calls a method, asking for a manager's PIN when the API says the action needs one. */
export function useApi(): Run {
  const askPin = useContext(PinContext);
  return useCallback(
    async <M extends MethodName>(method: M, input: Input<M>) => {
      let env = await call(method, input);
      while (!env.ok && isPinError(env.error)) {
        const pin = await askPin(env.error.message);
        if (pin === null) return env;
        env = await call(method, input, { pin });
      }
      return env;
    },
    [askPin],
  ) as Run;
}

export interface Query<T> {
  data: T | undefined;
  error: ErrorBody | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads a method's result, again whenever its input changes or reload() is called.
 */
export function useQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: { skip?: boolean } = {},
): Query<Output<M>> {
  const key = `${method}:${JSON.stringify(input)}`;
  const [nonce, setNonce] = useState(0);
  const [answer, setAnswer] = useState<{ for: string; data?: Output<M>; error?: ErrorBody } | null>(null);
  const skip = options.skip ?? false;
  const request = `${key}#${nonce}`;
  useEffect(() => {
    if (skip) return;
    let alive = true;
    const raw = JSON.parse(key.slice(method.length + 1)) as Input<M>;
    void call(method, raw).then((env) => {
      if (!alive) return;
      setAnswer(env.ok ? { for: request, data: env.value } : { for: request, error: env.error });
    });
    return () => {
      alive = false;
    };
  }, [method, key, request, skip]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return {
    // A reload keeps the previous answer on screen; another input never shows the old one.
    data: answer?.for.startsWith(`${key}#`) ? answer.data : undefined,
    error: answer?.for === request ? answer.error : undefined,
    loading: !skip && answer?.for !== request,
    reload,
  };
}

/** Keeps the latest value of a callback without re-running effects that use it. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
