/** Condition photos of a loan's lines (checkout, return), merged into en.ts. */
export const linePhotosEn = {
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
