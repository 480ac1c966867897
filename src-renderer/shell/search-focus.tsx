import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { isSearchShortcut } from './shortcuts';

const SearchFocusContext = createContext<(el: HTMLInputElement | null) => void>(() => {});

/** The current screen's search field, focused by Ctrl+K or '/' from anywhere in the app. */
export function SearchFocusProvider({ children }: { children: ReactNode }) {
  const target = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      // A dialog is in front: the shortcut must not reach behind it.
      if (document.querySelector('dialog[open]')) return;
      const el = target.current;
      if (!el) return;
      e.preventDefault();
      el.focus();
      el.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const register = useCallback((el: HTMLInputElement | null) => {
    if (el) target.current = el;
    else target.current = null;
  }, []);
  return <SearchFocusContext.Provider value={register}>{children}</SearchFocusContext.Provider>;
}

/** A ref for the screen's search input. */
export function useSearchTarget() {
  return useContext(SearchFocusContext);
}
