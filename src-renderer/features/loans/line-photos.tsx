import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PHOTO_MIMES } from '../../../src-main/catalog/contract';
import type { LinePhotoPhase } from '../../../src-main/loans/contract';
import type { Run } from '../../api/hooks';
import { FileButton } from '../../components/FileButton';
import { uploadPhotos } from '../../components/photo-upload';

/**
 * Photos chosen while a handover or a return is being filled in. They are sent once the server
 * has recorded it (a photo of a state belongs to that moment); the dialog keeps them until then.
 */
export function usePendingPhotos() {
  const [byLine, setByLine] = useState<Record<number, File[]>>({});
  const add = useCallback(
    (lineId: number, files: File[]) =>
      setByLine((m) => ({ ...m, [lineId]: [...(m[lineId] ?? []), ...files] })),
    [],
  );
  const remove = useCallback(
    (lineId: number, index: number) =>
      setByLine((m) => ({ ...m, [lineId]: (m[lineId] ?? []).filter((_, i) => i !== index) })),
    [],
  );
  return useMemo(() => ({ byLine, add, remove }), [byLine, add, remove]);
}
export type PendingPhotos = ReturnType<typeof usePendingPhotos>;

/** Sends every pending photo of the recorded moment; the refused ones are listed by name. */
export async function sendPendingPhotos(
  run: Run,
  pending: PendingPhotos,
  phase: LinePhotoPhase,
  t: TFunction,
): Promise<{ added: number; problems: string[] }> {
  let added = 0;
  const problems: string[] = [];
  for (const [lineId, files] of Object.entries(pending.byLine)) {
    const r = await uploadPhotos(
      files,
      (p) => run('loans.addLinePhoto', { lineId: Number(lineId), phase, ...p }),
      t,
    );
    added += r.added;
    problems.push(...r.problems);
  }
  return { added, problems };
}

/** A line's "add photos" button and the files chosen so far, each removable before sending. */
export function PendingPhotoPicker({
  lineId,
  code,
  name,
  pending,
}: {
  lineId: number;
  code: string;
  name: string;
  pending: PendingPhotos;
}) {
  const { t } = useTranslation();
  const files = pending.byLine[lineId] ?? [];
  return (
    <div className="pending-photos" data-testid={`photos-pending-${code}`}>
      <FileButton
        label={t('linePhotos.add')}
        accept={PHOTO_MIMES.join(',')}
        multiple
        onFiles={(chosen) => pending.add(lineId, chosen)}
        testId={`photos-input-${code}`}
      />
      {files.length > 0 ? (
        <ul className="chips" aria-label={t('linePhotos.chosenOf', { name })}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name}{' '}
              <button
                type="button"
                className="small"
                onClick={() => pending.remove(lineId, i)}
                aria-label={t('linePhotos.removeChosen', { file: f.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The confirmation, plus how many photos were kept and which were refused (the loan is recorded either way). */
export function photosNotice(
  done: string,
  sent: { added: number; problems: string[] },
  t: TFunction,
): string {
  const parts = [done];
  if (sent.added > 0) parts.push(t('linePhotos.sent', { count: sent.added }));
  if (sent.problems.length > 0) parts.push(t('linePhotos.refused', { list: sent.problems.join(' ; ') }));
  return parts.join(' ');
}
