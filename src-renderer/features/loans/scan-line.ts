import type { TFunction } from 'i18next';
import type { ScanMessage } from '../../components/ScanField';

/**
 * A scanned code in a handover or a return: the line it belongs to (a kit's piece finds its kit),
 * whose field marked `data-scan-target="<code>"` gets the cursor, or why there is none.
 */
/** What a scan needs of a line: a kit's piece names its kit's line. */
export interface ScannableLine {
  id: number;
  inventoryCode: string;
  resourceName: string;
  kitLineId: number | null;
}

export function findLine(
  all: readonly ScannableLine[],
  shown: readonly ScannableLine[],
  code: string,
  t: TFunction,
): ScanMessage {
  const wanted = code.toLowerCase();
  const hit = all.find((l) => l.inventoryCode.toLowerCase() === wanted);
  if (!hit) return { tone: 'error', text: t('scan.notOnLoan', { code }) };
  const line = hit.kitLineId === null ? hit : (all.find((l) => l.id === hit.kitLineId) ?? hit);
  if (!shown.some((l) => l.id === line.id))
    return { tone: 'error', text: t('scan.alreadyBack', { name: line.resourceName }) };
  const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[data-scan-target="${CSS.escape(line.inventoryCode)}"]`,
  );
  field?.focus();
  if (field instanceof HTMLInputElement) field.select();
  return { tone: 'ok', text: t('scan.found', { name: line.resourceName }) };
}
