import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { text } from '../core/contract-fields';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  now: string;
  /** True when COMPTOIR_NOW fixes the clock: the app shows a banner. */
  clockFixed: boolean;
  dataDir: string;
  centreName: string | null;
}

export interface Settings {
  centreName: string | null;
}

export const systemContract = {
  'app.info': method({
    kind: 'read',
    summary: "L'état de l'application : version, horloge, dossier de données.",
    input: z.object({}).strict(),
    output: returns<AppInfo>(),
  }),
  'settings.get': method({
    kind: 'read',
    summary: 'Les réglages du centre.',
    input: z.object({}).strict(),
    output: returns<Settings>(),
  }),
  'settings.update': method({
    kind: 'write',
    role: 'manager',
    summary: 'Modifie les réglages du centre (responsable).',
    input: z
      .object({ centreName: text(120).nullable() })
      .partial()
      .strict(),
    output: returns<Settings>(),
  }),
};
