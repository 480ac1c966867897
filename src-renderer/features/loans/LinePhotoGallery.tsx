import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../src-main/bookings/contract';
import { LINE_PHOTO_PHASES, type LinePhotoPhase } from '../../../src-main/loans/contract';
import { useApi, useQuery } from '../../api/hooks';
import { FileButton } from '../../components/FileButton';
import { Notice } from '../../components/Notice';
import { uploadPhotos } from '../../components/photo-upload';
import { Thumbnail } from '../../components/Thumbnail';
import { PHOTO_MIMES } from '../../../src-main/catalog/contract';

/**
 * The condition photos of a loan, line by line: as each went out and as it came back. A photo
 * forgotten at the desk can be added here once that moment happened.
 */
export function LinePhotoGallery({ booking }: { booking: BookingDto }) {
  const { t } = useTranslation();
  const run = useApi();
  const photos = useQuery('loans.linePhotos', { bookingId: booking.id });
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const out = booking.status === 'checked_out' || booking.status === 'returned';
  if (!out) return null;
  const lines = booking.lines.filter((l) => l.kitLineId === null);
  const add = async (lineId: number, phase: LinePhotoPhase, files: File[]) => {
    setBusy(true);
    const r = await uploadPhotos(files, (p) => run('loans.addLinePhoto', { lineId, phase, ...p }), t);
    setBusy(false);
    setProblems(r.problems);
    if (r.added > 0) photos.reload();
  };
  return (
    <section className="panel" data-testid="line-photos" aria-labelledby="line-photos-title">
      <h3 id="line-photos-title">{t('linePhotos.title')}</h3>
      {photos.error ? <Notice tone="error">{photos.error.message}</Notice> : null}
      {problems.length > 0 ? (
        <Notice tone="error" testId="line-photos-error">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {lines.map((l) => {
        const back = l.quantityOk + l.quantityDamaged + l.quantityMissing > 0;
        return (
          <div key={l.id} className="line-photos-line" data-testid={`line-photos-${l.inventoryCode}`}>
            <p>
              <span className="mono">{l.inventoryCode}</span> <strong>{l.resourceName}</strong>
            </p>
            {LINE_PHOTO_PHASES.map((phase) => {
              const mine = (photos.data ?? []).filter((p) => p.lineId === l.id && p.phase === phase);
              const possible = phase === 'checkout' || back;
              return (
                <div key={phase} className="line-photos-phase">
                  <span className="muted">{t(`linePhotos.phase.${phase}`)}</span>
                  {mine.length === 0 ? <span className="muted"> — {t('linePhotos.none')}</span> : null}
                  <ul className="photo-grid">
                    {mine.map((p) => (
                      <li key={p.id} data-testid="line-photo">
                        <Thumbnail
                          photo={p}
                          alt={t('linePhotos.alt', {
                            name: l.resourceName,
                            phase: t(`linePhotos.phase.${phase}`),
                            file: p.fileName,
                          })}
                        />
                      </li>
                    ))}
                  </ul>
                  {possible ? (
                    <FileButton
                      label={t('linePhotos.addFor', { phase: t(`linePhotos.phase.${phase}`) })}
                      accept={PHOTO_MIMES.join(',')}
                      multiple
                      disabled={busy}
                      onFiles={(files) => void add(l.id, phase, files)}
                      testId={`line-photos-add-${phase}-${l.inventoryCode}`}
                    />
                  ) : null}
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
