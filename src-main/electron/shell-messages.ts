/**
 * The words of the desktop shell itself (menu, native dialogs). French by default; the English
 * table must have every key (the type says so). `{name}` placeholders are filled by `say`.
 */
export type ShellLang = 'fr' | 'en';

const fr = {
  'menu.file': 'Fichier',
  'menu.quit': 'Quitter',
  'menu.close': 'Fermer la fenêtre',
  'menu.edit': 'Édition',
  'menu.undo': 'Annuler',
  'menu.redo': 'Rétablir',
  'menu.cut': 'Couper',
  'menu.copy': 'Copier',
  'menu.paste': 'Coller',
  'menu.selectAll': 'Tout sélectionner',
  'menu.view': 'Affichage',
  'menu.reload': 'Recharger',
  'menu.devtools': 'Outils de développement',
  'menu.zoomIn': 'Agrandir',
  'menu.zoomOut': 'Réduire',
  'menu.resetZoom': 'Taille normale',
  'menu.fullscreen': 'Plein écran',
  'menu.help': 'Aide',
  'menu.about': 'À propos de Comptoir',
  'menu.hide': 'Masquer Comptoir',
  'about.title': 'À propos de Comptoir',
  'about.message': 'Comptoir {version}',
  'about.detail':
    'Le comptoir de prêt du centre de ressources partagées.\n\nDossier de données : {dataDir}\n\n' +
    'Electron {electron} · Chromium {chrome} · Node {node}',
  'about.ok': 'Fermer',
  'demo.title': 'Bienvenue dans Comptoir',
  'demo.message': 'La base de données est vide. Voulez-vous charger les données de démonstration ?',
  'demo.detail':
    'La démonstration contient des associations, du matériel, des salles et un véhicule fictifs, ' +
    'pour découvrir Comptoir ou former un bénévole. Pour saisir votre propre centre, commencez avec ' +
    'une base vide.\n\nDossier de données : {dataDir}',
  'demo.load': 'Charger la démonstration',
  'demo.empty': 'Commencer avec une base vide',
  'demo.failed': "Les données de démonstration n'ont pas pu être chargées : {reason}",
  'start.title': 'Comptoir ne peut pas démarrer',
  'start.ok': 'Quitter',
  'start.schemaTooNew':
    'Cette base de données a été enregistrée par une version plus récente de Comptoir ' +
    '(schéma {found} ; cette version connaît le schéma {known}). Elle n’a pas été modifiée. ' +
    'Installez la dernière version de Comptoir pour l’ouvrir.',
  'start.folder':
    'Le dossier de données n’est pas accessible en lecture et en écriture. Vérifiez ses droits, ' +
    'ou indiquez un autre dossier avec la variable d’environnement COMPTOIR_DATA.',
  'start.corrupt':
    'Le fichier de la base de données est illisible ou endommagé. Il n’a pas été modifié : ' +
    'restaurez la dernière sauvegarde, ou demandez de l’aide en joignant ce fichier.',
  'start.busy':
    'La base de données est occupée par un autre programme (une autre copie de Comptoir, ' +
    'une sauvegarde en cours ?). Fermez-le puis relancez Comptoir.',
  'start.native':
    'Le module de base de données de Comptoir ne correspond pas à cette version d’Electron. ' +
    'Relancez « npm start » (il le prépare), ou réinstallez Comptoir.',
  'start.other': 'Une erreur inattendue est survenue au démarrage : {reason}',
  'start.where': 'Dossier de données : {dataDir}',
} as const;

export type ShellKey = keyof typeof fr;

const en: Record<ShellKey, string> = {
  'menu.file': 'File',
  'menu.quit': 'Quit',
  'menu.close': 'Close Window',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.devtools': 'Developer Tools',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.resetZoom': 'Actual Size',
  'menu.fullscreen': 'Full Screen',
  'menu.help': 'Help',
  'menu.about': 'About Comptoir',
  'menu.hide': 'Hide Comptoir',
  'about.title': 'About Comptoir',
  'about.message': 'Comptoir {version}',
  'about.detail':
    'The lending desk of the shared resource centre.\n\nData folder: {dataDir}\n\n' +
    'Electron {electron} · Chromium {chrome} · Node {node}',
  'about.ok': 'Close',
  'demo.title': 'Welcome to Comptoir',
  'demo.message': 'The database is empty. Do you want to load the demonstration data?',
  'demo.detail':
    'The demonstration holds fictitious associations, equipment, rooms and a vehicle, to discover ' +
    'Comptoir or train a volunteer. To enter your own centre, start with an empty database.' +
    '\n\nData folder: {dataDir}',
  'demo.load': 'Load the demonstration',
  'demo.empty': 'Start with an empty database',
  'demo.failed': 'The demonstration data could not be loaded: {reason}',
  'start.title': 'Comptoir cannot start',
  'start.ok': 'Quit',
  'start.schemaTooNew':
    'This database was saved by a newer version of Comptoir (schema {found}; this version knows ' +
    'schema {known}). It has not been modified. Install the latest version of Comptoir to open it.',
  'start.folder':
    'The data folder cannot be read and written. Check its permissions, or choose another folder ' +
    'with the COMPTOIR_DATA environment variable.',
  'start.corrupt':
    'The database file is unreadable or damaged. It has not been modified: restore the latest ' +
    'backup, or ask for help and attach this file.',
  'start.busy':
    'The database is in use by another program (another copy of Comptoir, a backup running?). ' +
    'Close it, then start Comptoir again.',
  'start.native':
    'Comptoir’s database module does not match this Electron version. Run “npm start” again ' +
    '(it prepares the module), or reinstall Comptoir.',
  'start.other': 'An unexpected error occurred at startup: {reason}',
  'start.where': 'Data folder: {dataDir}',
};

export const SHELL_MESSAGES: Record<ShellLang, Record<ShellKey, string>> = { fr, en };

export function say(lang: ShellLang, key: ShellKey, params: Record<string, string | number> = {}): string {
  return SHELL_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The system's first preferred language decides: English when it is English, French otherwise. */
export function pickShellLang(preferred: readonly string[]): ShellLang {
  return preferred[0]?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
