/** Handover and return extras (condition photos, recording afterwards), merged into fr.ts. */
export const handoverFr = {
  scan: {
    label: 'Scanner un code',
    placeholder: 'Code inventaire + Entrée',
    hint: 'Tapez ou scannez un code inventaire puis Entrée : sa ligne est trouvée.',
    found: '« {{name}} » trouvée : à vous de compléter sa ligne.',
    notOnLoan: '« {{code}} » ne fait pas partie de ce prêt.',
    alreadyBack: '« {{name}} » est déjà entièrement rendue.',
  },
  backdate: {
    legend: 'Saisie après coup',
    on: 'Cela s’est passé plus tôt (oublié sur le moment)',
    hint: 'Indiquez l’heure réelle : les règles sont vérifiées à ce moment-là et le motif est inscrit au journal.',
    date: 'Date réelle',
    time: 'Heure réelle',
    reason: 'Pourquoi enregistré après coup',
    required: 'À remplir pour une saisie après coup.',
  },

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
