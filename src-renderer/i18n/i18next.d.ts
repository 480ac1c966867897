import type { fr } from './fr';

// t('key') is type-checked against the French dictionary; en.ts must match its shape.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
