import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttachmentUrl } from './attachment-url';
import { Dialog } from './Dialog';

/** A thumbnail that opens the photo full size (in the app: the desktop shell opens no new windows). */
export function Thumbnail({ photo, alt }: { photo: { id: number; fileName: string }; alt: string }) {
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
