import type { TFunction } from 'i18next';

/** Eighths of a tank, as the gauge reads: 0 (empty) to 8 (full). */
export const FUEL_LEVELS = [8, 7, 6, 5, 4, 3, 2, 1, 0] as const;

export function fuelLabel(eighths: number, t: TFunction): string {
  if (eighths === 8) return t('checkout.fuelFull');
  if (eighths === 0) return t('checkout.fuelEmpty');
  return `${eighths}/8`;
}
