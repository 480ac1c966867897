/** Handover and return extras (condition photos, recording afterwards), merged into en.ts. */
export const handoverEn = {
  scan: {
    label: 'Scan a code',
    placeholder: 'Inventory code + Enter',
    hint: 'Type or scan an inventory code then Enter: its line is found.',
    found: '“{{name}}” found: complete its line.',
    notOnLoan: '“{{code}}” is not part of this loan.',
    alreadyBack: '“{{name}}” is already fully back.',
  },
  backdate: {
    legend: 'Recorded afterwards',
    on: 'This happened earlier (forgotten at the time)',
    hint: 'Give the real time: the rules are checked as of then and the reason goes to the audit log.',
    date: 'Real date',
    time: 'Real time',
    reason: 'Why it is recorded afterwards',
    required: 'Required when recording afterwards.',
  },

  linePhotos: {
    title: 'Condition photos',
    add: 'Condition photos…',
    addFor: 'Add a photo ({{phase}})…',
    chosenOf: 'Photos chosen for {{name}}',
    removeChosen: 'Do not send {{file}}',
    none: 'none',
    alt: '{{name}} — {{phase}} — {{file}}',
    phase: { checkout: 'at checkout', return: 'on return' },
    sent_one: '{{count}} photo saved.',
    sent_other: '{{count}} photos saved.',
    refused: 'Photos not saved: {{list}}',
  },
};
