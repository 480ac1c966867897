import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './desk-controls';

/** Browser mode without a valid token: say how to get in rather than show a broken desk. */
export function UnauthorizedPage() {
  const { t } = useTranslation();
  return (
    <main className="boot boot-error" data-testid="unauthorized">
      <h1>{t('unauthorized.title')}</h1>
      <p>{t('unauthorized.explain')}</p>
      <p>
        {t('unauthorized.howTo')} <code>comptoir serve</code>
      </p>
      <LanguageSwitch />
    </main>
  );
}
