/** Condition photos of a loan's lines (checkout, return), merged into fr.ts. */
export const linePhotosFr = {
  linePhotos: {
    title: 'Photos de l’état',
    add: 'Photos de l’état…',
    addFor: 'Ajouter une photo ({{phase}})…',
    chosenOf: 'Photos choisies pour {{name}}',
    removeChosen: 'Ne pas envoyer {{file}}',
    none: 'aucune',
    alt: '{{name}} — {{phase}} — {{file}}',
    phase: { checkout: 'à la sortie', return: 'au retour' },
    sent_one: '{{count}} photo enregistrée.',
    sent_many: '{{count}} photos enregistrées.',
    sent_other: '{{count}} photos enregistrées.',
    refused: 'Photos non enregistrées : {{list}}',
  },
};
