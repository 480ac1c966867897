import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MIMES, type PhotoDto, type ResourceDetailDto } from '../../../src-main/catalog/contract';
import { useApi } from '../../api/hooks';
import { FileButton } from '../../components/FileButton';
import { Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { uploadPhotos } from '../../components/photo-upload';
import { Thumbnail } from '../../components/Thumbnail';
import { useToast } from '../../shell/toast';

export function PhotosPanel({ detail, onChanged }: { detail: ResourceDetailDto; onChanged: () => void }) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<PhotoDto | null>(null);

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const { added, problems } = await uploadPhotos(
      files,
      (photo) => run('resources.addPhoto', { resourceId: detail.id, ...photo }),
      t,
    );
    setBusy(false);
    setErrors(problems);
    if (added > 0) {
      onChanged();
      notify(t('photos.added', { count: added }));
    }
  };

  return (
    <div className="panel-stack" data-testid="photos-panel">
      <section className="panel">
        <h3>{t('photos.title')}</h3>
        {errors.length > 0 ? (
          <Notice tone="error" testId="photos-error">
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {detail.photos.length === 0 ? <p data-testid="photos-empty">{t('photos.empty')}</p> : null}
        <ul className="photo-grid">
          {detail.photos.map((p) => (
            <li key={p.id} data-testid="photo">
              <Thumbnail photo={p} alt={t('photos.alt', { name: detail.name, file: p.fileName })} />
              <div className="photo-caption">
                <span className="truncate" title={p.fileName}>
                  {p.fileName}
                </span>
                <button
                  type="button"
                  className="small"
                  onClick={() => setRemoving(p)}
                  aria-label={t('photos.removeOne', { file: p.fileName })}
                  data-testid={`photo-remove-${p.id}`}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <div className="field">
          <FileButton
            label={t('photos.add')}
            accept={PHOTO_MIMES.join(',')}
            multiple
            disabled={busy}
            onFiles={(files) => void upload(files)}
            testId="photo-input"
            describedBy="photo-hint"
          />
          <p className="field-hint" id="photo-hint">
            {t('photos.hint')}
          </p>
        </div>
      </section>
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('photos.removeTitle')}
        explanation={<p>{t('photos.removeExplain', { file: removing?.fileName ?? '' })}</p>}
        confirmLabel={t('common.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          const env = await run('resources.removePhoto', { attachmentId: removing.id });
          if (!env.ok) return env.error;
          onChanged();
          return null;
        }}
        testId="photo-remove-dialog"
      />
    </div>
  );
}
