import { useEffect, useState } from 'react';
import type { ErrorBody } from '../../src-main/core/contract-kit';
import { call } from '../api/client';
import { base64ToBlob } from './files';

/** An attached file (photo, scan) as a blob: URL, revoked when no longer shown. */
export function useAttachmentUrl(id: number | null): { url: string | null; error: ErrorBody | null } {
  const [state, setState] = useState<{ id: number | null; url: string | null; error: ErrorBody | null }>({
    id: null,
    url: null,
    error: null,
  });
  useEffect(() => {
    if (id === null) return;
    let alive = true;
    let url: string | null = null;
    void call('attachments.read', { id }).then((env) => {
      if (!alive) return;
      if (!env.ok) return setState({ id, url: null, error: env.error });
      url = URL.createObjectURL(base64ToBlob(env.value.base64, env.value.mime));
      setState({ id, url, error: null });
    });
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return state.id === id ? { url: state.url, error: state.error } : { url: null, error: null };
}
