import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';
import { en } from './en';
import { isLang, type Lang } from './lang';

export const LANG_KEY = 'comptoir.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return isLang(v) ? v : 'fr';
  } catch {
    return 'fr';
  }
}

/** French by default; the choice is kept on this computer and <html lang> follows it. */
export function initI18n(): typeof i18next {
  const lng = storedLang();
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {
      // Private mode or a locked profile: the choice lasts until the window closes.
    }
  });
  return i18next;
}

export function currentLang(): Lang {
  return isLang(i18next.language) ? i18next.language : 'fr';
}

export { i18next };
