import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MIMES, type PhotoDto, type ResourceDetailDto } from '../../../src-main/catalog/contract';
import { useApi } from '../../api/hooks';
import { useAttachmentUrl } from '../../components/attachment-url';
import { Dialog } from '../../components/Dialog';
import { FileButton } from '../../components/FileButton';
import { Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { readFileAsBase64 } from '../../components/files';
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
    const problems: string[] = [];
    let added = 0;
    for (const file of files) {
      const picked = await readFileAsBase64(file);
      const mime = PHOTO_MIMES.find((m) => m === picked.mime);
      if (!mime) {
        problems.push(t('photos.wrongType', { name: file.name }));
        continue;
      }
      const env = await run('resources.addPhoto', {
        resourceId: detail.id,
        fileName: picked.fileName,
        mime,
        base64: picked.base64,
      });
      if (env.ok) added++;
      // The API's message usually names the file already.
      else
        problems.push(
          env.error.message.includes(file.name) ? env.error.message : `${file.name} : ${env.error.message}`,
        );
    }
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

/** A thumbnail that opens the photo full size (in the app: the desktop shell opens no new windows). */
function Thumbnail({ photo, alt }: { photo: PhotoDto; alt: string }) {
  const { t } = useTranslation();
  const { url, error } = useAttachmentUrl(photo.id);
  const [large, setLarge] = useState(false);
  if (error) return <div className="thumb thumb-missing">{error.message}</div>;
  if (!url) return <div className="thumb" aria-busy="true" />;
  return (
    <>
      <button
        type="button"
        className="thumb-button"
        onClick={() => setLarge(true)}
        aria-label={t('photos.view', { file: photo.fileName })}
        data-testid={`photo-view-${photo.id}`}
      >
        <img className="thumb" src={url} alt={alt} />
      </button>
      <Dialog
        open={large}
        onClose={() => setLarge(false)}
        title={photo.fileName}
        testId="photo-viewer"
        size="lg"
      >
        <img className="photo-large" src={url} alt={alt} />
      </Dialog>
    </>
  );
}
