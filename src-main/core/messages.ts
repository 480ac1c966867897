/**
 * Server-side messages: error texts and field messages in the caller's language.
 * Keys are stable; `{name}` placeholders are filled from the error's params.
 */
import { en } from './messages.en';
import { fr } from './messages.fr';

export type Lang = 'fr' | 'en';

export const MESSAGES: Record<Lang, Record<string, string>> = { fr, en };

export function translate(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.fr[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Entity names for messages such as "Ressource introuvable". */
export const ENTITY_NAMES: Record<Lang, Record<string, string>> = {
  fr: {
    resource: 'Ressource',
    organisation: 'Organisation',
    site: 'Site',
    contact: 'Contact',
    insurance_certificate: "Attestation d'assurance",
    driver: 'Conducteur',
    suspension: 'Suspension',
    maintenance_period: 'Période de maintenance',
    attachment: 'Fichier joint',
    staff: 'Profil',
    booking_line: 'Ligne de réservation',
    incident: 'Incident',
    amount_owed: 'Somme due',
    booking: 'Réservation',
  },
  en: {
    resource: 'Resource',
    organisation: 'Organisation',
    site: 'Site',
    contact: 'Contact',
    insurance_certificate: 'Insurance certificate',
    driver: 'Driver',
    suspension: 'Suspension',
    maintenance_period: 'Maintenance period',
    attachment: 'Attachment',
    staff: 'Profile',
    booking_line: 'Booking line',
    incident: 'Incident',
    amount_owed: 'Amount owed',
    booking: 'Booking',
  },
};
