/**
 * Server-side messages: error texts and field messages in the caller's language.
 * Keys are stable; `{name}` placeholders are filled from the error's params.
 */
export type Lang = 'fr' | 'en';

const fr: Record<string, string> = {
  validation_failed: 'Certaines données sont invalides : {summary}',
  unknown_method: 'Méthode inconnue : {method}',
  not_found: '{entity} introuvable (n° {id}).',
  stale_version:
    "Cette fiche a été modifiée entre-temps (par quelqu'un d'autre ou dans une autre fenêtre). Rechargez-la, puis refaites votre modification.",
  duplicate_inventory_code: 'Le code inventaire « {code} » est déjà utilisé par « {name} ».',
  duplicate_rna: 'Le numéro RNA {value} est déjà enregistré pour « {name} ».',
  duplicate_siret: 'Le SIRET {value} est déjà enregistré pour « {name} ».',
  duplicate_site: 'Un site porte déjà le nom « {name} ».',
  duplicate_staff: 'Un profil porte déjà le nom « {name} ».',
  pin_required: 'Cette action est réservée à un responsable : saisissez le code PIN d’un profil responsable.',
  pin_invalid: 'Code PIN incorrect.',
  forbidden: 'Cette action est réservée à un responsable.',
  unknown_staff: 'Profil inconnu : {name}',
  pin_format: 'Le PIN compte 4 à 8 chiffres.',
  manager_needs_pin: 'Un profil responsable doit avoir un PIN.',
  file_empty: 'Le fichier est vide.',
  file_too_large: 'Fichier trop volumineux ({max} au plus).',
  file_type_refused: '« {name} » : seuls les photos (JPEG, PNG, WebP) et les PDF sont acceptés.',
  file_missing: 'Le fichier « {name} » est introuvable dans le dossier de données.',
  file_path_refused: 'Chemin de fichier refusé.',
  time_in_dst_gap:
    "{date} à {time} n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure.",
  internal: 'Erreur interne : l’opération a été annulée et rien n’a été enregistré.',
  // field messages
  date_invalid: 'Date invalide.',
  insee_invalid: 'Code INSEE invalide (5 caractères, ex. 31555).',
  rna_invalid: 'Numéro RNA invalide : W suivi de 9 chiffres (ex. W313012345).',
  siret_format: 'Le SIRET compte 14 chiffres.',
  siret_luhn: 'SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les chiffres).',
  phone_invalid: 'Numéro de téléphone invalide.',
  required: 'Champ obligatoire.',
  too_long: 'Trop long ({max} caractères au plus).',
  not_integer: 'Un nombre entier est attendu.',
  unknown_field: 'Champ inconnu : {keys}',
  wrong_type: 'Type de valeur incorrect.',
  too_small: 'Valeur trop petite (minimum {min}).',
  too_big: 'Valeur trop grande (maximum {max}).',
  invalid_value: 'Valeur invalide.',
};

const en: Record<string, string> = {
  validation_failed: 'Some data is invalid: {summary}',
  unknown_method: 'Unknown method: {method}',
  not_found: '{entity} not found (no. {id}).',
  stale_version:
    'This record was changed in the meantime (by someone else or in another window). Reload it, then make your change again.',
  duplicate_inventory_code: 'Inventory code "{code}" is already used by "{name}".',
  duplicate_rna: 'RNA number {value} is already registered for "{name}".',
  duplicate_siret: 'SIRET {value} is already registered for "{name}".',
  duplicate_site: 'A site is already named "{name}".',
  duplicate_staff: 'A profile is already named "{name}".',
  pin_required: "This action is for a manager: enter a manager profile's PIN.",
  pin_invalid: 'Wrong PIN.',
  forbidden: 'This action is for a manager.',
  unknown_staff: 'Unknown profile: {name}',
  pin_format: 'A PIN has 4 to 8 digits.',
  manager_needs_pin: 'A manager profile needs a PIN.',
  file_empty: 'The file is empty.',
  file_too_large: 'File too large ({max} at most).',
  file_type_refused: '"{name}": only photos (JPEG, PNG, WebP) and PDFs are accepted.',
  file_missing: 'File "{name}" is missing from the data folder.',
  file_path_refused: 'File path refused.',
  time_in_dst_gap: '{time} on {date} does not exist in Paris (clocks go forward): choose another time.',
  internal: 'Internal error: the operation was cancelled and nothing was saved.',
  date_invalid: 'Invalid date.',
  insee_invalid: 'Invalid INSEE code (5 characters, e.g. 31555).',
  rna_invalid: 'Invalid RNA number: W followed by 9 digits (e.g. W313012345).',
  siret_format: 'A SIRET has 14 digits.',
  siret_luhn: 'Invalid SIRET: the check digit does not match (check the digits).',
  phone_invalid: 'Invalid phone number.',
  required: 'Required.',
  too_long: 'Too long ({max} characters at most).',
  not_integer: 'A whole number is expected.',
  unknown_field: 'Unknown field: {keys}',
  wrong_type: 'Wrong type of value.',
  too_small: 'Value too small (minimum {min}).',
  too_big: 'Value too large (maximum {max}).',
  invalid_value: 'Invalid value.',
};

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
  },
};
