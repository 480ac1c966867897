import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { text } from '../core/contract-fields';

export interface StaffDto {
  id: number;
  name: string;
  role: 'agent' | 'manager';
  hasPin: boolean;
}

export const pinSchema = z.string().regex(/^\d{4,8}$/, '@pin_format');

export const staffContract = {
  'staff.list': method({
    kind: 'read',
    summary: 'Les profils du personnel (agents et responsables).',
    input: z.object({}).strict(),
    output: returns<StaffDto[]>(),
  }),
  'staff.create': method({
    kind: 'write',
    role: 'manager',
    summary: "Crée un profil d'agent ou de responsable (le premier responsable se crée sans PIN).",
    input: z
      .object({ name: text(60), role: z.enum(['agent', 'manager']), pin: pinSchema.nullable().default(null) })
      .strict(),
    output: returns<StaffDto>(),
  }),
};
