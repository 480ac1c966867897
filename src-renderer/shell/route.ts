import { useEffect, useState } from 'react';

/** Screens are addressed by the hash (#/borrowers), which works under app:// and http:// alike. */
export function useHashRoute(fallback: string): [string, (id: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/')[0] || fallback;
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(window.location.hash.replace(/^#\/?/, '').split('/')[0] || fallback);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return [route, (id: string) => (window.location.hash = `#/${id}`)];
}
