/** Settling a returned loan afterwards: deposit, late fee, suspension, closing. Merged into en.ts. */
export const settleEn = {
  settle: {
    open: 'Settle the deposit…',
    close: 'Close the loan',
    closed: 'Loan closed.',
    title: 'Settle the deposit — loan {{number}}',
    alreadyClosed: 'This loan is closed: its deposit is settled.',
    notReturned: 'This loan is not fully returned yet.',
    noDeposit: 'No deposit held: the loan can be closed.',
    lateFee: {
      edit: 'Edit the fee…',
      legend: 'Late fee',
      amount: 'Late fee (€)',
      proposed: 'Proposed by the rules: {{amount}}',
      reason: 'Reason for the change',
      save: 'Save the fee',
      saved: 'Late fee saved: {{amount}}.',
    },
    suspension: {
      apply: 'Apply the suspension…',
      title: 'Suspend {{name}}',
      explain:
        'The suspension starts today. A suspended borrower cannot borrow. Manager action: the PIN is asked.',
      days: 'Number of days',
      until: 'Until {{date}} included',
      daysInvalid: 'A whole number of days, at least 1.',
      reason: 'Reason',
      defaultReason: 'Returned late — loan {{number}}',
      submit: 'Suspend',
      applied: 'Suspension applied until {{date}}.',
      active: 'Borrower suspended until {{date}} included.',
    },
  },
};
