import type { bookingFlowsFr } from './booking-flows.fr';
import type { Dictionary } from '../../i18n/shape';

type Part = Pick<Dictionary, keyof typeof bookingFlowsFr>;

/** English for booking-flows.fr.ts. */
export const bookingFlowsEn: Part = {
  bookingWarnings: {
    title: 'Saved, with these points to pass on:',
  },
  override: {
    explain:
      'A manager may override this with a written reason: their PIN will be asked for, and the override is recorded in the audit log.',
    reason: 'Reason for the override',
    reasonRequired: 'Write the reason for the override.',
    pinRefused: 'PIN missing or refused: nothing was saved. Your reason is kept.',
  },
  closedDay: {
    override: 'Manager override…',
    title: 'Override: a room on a closed day',
    submitCreate: 'Save with override',
    submitSave: 'Save with override',
  },
  proposedEnd: {
    days_one: '{{count}}-day loan',
    days_other: '{{count}}-day loan',
    plain: 'Proposed end: {{days}} (the usual length). You may change it.',
    shifted:
      'Proposed end ({{days}}): the centre is closed on {{due}} ({{why}}), so the return is proposed on {{date}} at {{time}}. You may change it.',
    weekly: 'weekly closing',
    holiday: 'public holiday: {{name}}',
    holidayUnnamed: 'public holiday',
    closure: 'closure: {{label}}',
  },
  recurring: {
    open: 'Recurring booking',
    title: 'Recurring booking',
    every: 'How often',
    everyWeeks_one: 'Every week',
    everyWeeks_other: 'Every {{count}} weeks',
    firstDate: 'First date',
    weekdayHint: 'The same day each time: {{weekday}}.',
    endTimeHint: 'Before the start time: ends the next day.',
    untilDate: 'Until (inclusive)',
    untilHint: 'Last possible date, at most a year after the first.',
    missing: {
      borrowerId: 'Choose the borrower.',
      firstDate: 'The first date is needed.',
      startTime: 'Start time (24-hour, e.g. 18:00).',
      endTime: 'End time (24-hour, e.g. 20:00).',
      untilDate: 'Until when? The date is needed.',
      lines: 'Add at least one resource.',
    },
    verify: 'Check',
    previewTitle_one: '{{count}} occurrence, {{free}} free',
    previewTitle_other: '{{count}} occurrences, {{free}} free',
    occurrences: 'Occurrences and availability',
    date: 'Date',
    verdictTitle: 'Verdict',
    verdict: {
      free: 'Free',
      conflict: 'Conflict',
      closed: 'Closed day',
      gap: 'Time does not exist',
    },
    gapExplain: 'This time does not exist that day (clocks go forward): the occurrence is left out.',
    includeClosed_one: 'Include the closed day (manager override, PIN and reason)',
    includeClosed_other: 'Include the {{count}} closed days (manager override, PIN and reason)',
    create_one: 'Create the free booking',
    create_other: 'Create the {{count}} free bookings',
    createWithOverride_one: 'Create {{count}} booking with override…',
    createWithOverride_other: 'Create {{count}} bookings with override…',
    overrideTitle: 'Override: a room on closed days',
    created_one: '{{count}} booking created.',
    created_other: '{{count}} bookings created.',
    createdList_one: '{{count}} booking created: {{ids}}.',
    createdList_other: '{{count}} bookings created: {{ids}}.',
    skipped_one: 'Left out: {{dates}}.',
    skipped_other: 'Left out ({{count}}): {{dates}}.',
  },
  walkIn: {
    open: 'Walk-in loan',
    title: 'Walk-in loan (borrower at the desk)',
    explain:
      'The confirmed booking and the checkout are recorded together, for a borrower at the desk: the same guards as any checkout.',
    booking: 'Booking',
    linesFirst: 'Add the resources above: their checkout condition is filled in here.',
    submit: 'Record the loan and checkout',
    submitOverride: 'Loan with override',
    overrideTitle: 'Manager override: walk-in loan',
    done: 'Walk-in loan recorded: booking no. {{id}}, agreement {{number}}.',
  },
};
