/** Settling a returned loan afterwards: deposit, late fee, suspension, closing. Merged into fr.ts. */
export const settleFr = {
  settle: {
    open: 'Régler la caution…',
    close: 'Clore le prêt',
    closed: 'Prêt clos.',
    title: 'Régler la caution — prêt {{number}}',
    alreadyClosed: 'Ce prêt est clos : sa caution est réglée.',
    notReturned: 'Ce prêt n’est pas encore rendu en entier.',
    noDeposit: 'Aucune caution détenue : le prêt peut être clos.',
    lateFee: {
      edit: 'Modifier les frais…',
      legend: 'Frais de retard',
      amount: 'Frais de retard (€)',
      proposed: 'Proposés par les règles : {{amount}}',
      reason: 'Motif de la modification',
      save: 'Enregistrer les frais',
      saved: 'Frais de retard enregistrés : {{amount}}.',
    },
    suspension: {
      apply: 'Appliquer la suspension…',
      title: 'Suspendre {{name}}',
      explain:
        'La suspension commence aujourd’hui. Un emprunteur suspendu ne peut pas emprunter. Action de responsable : le code est demandé.',
      days: 'Nombre de jours',
      until: 'Jusqu’au {{date}} inclus',
      daysInvalid: 'Un nombre de jours entier, au moins 1.',
      reason: 'Motif',
      defaultReason: 'Retour en retard — prêt {{number}}',
      submit: 'Suspendre',
      applied: 'Suspension appliquée jusqu’au {{date}}.',
      active: 'Emprunteur suspendu jusqu’au {{date}} inclus.',
    },
  },
};
