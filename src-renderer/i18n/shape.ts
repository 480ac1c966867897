import type { fr } from './fr';

/**
 * Another language's dictionary has French's keys, except plural forms French needs and it may
 * not (_many): the compiler then catches a missing key, the i18n test catches the rest.
 */
type Shape<T> = {
  [K in keyof T as K extends `${string}_many` ? never : K]: T[K] extends string ? string : Shape<T[K]>;
} & {
  [K in keyof T as K extends `${string}_many` ? K : never]?: string;
};

export type Dictionary = Shape<typeof fr>;
