import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../../src-main/calendar/contract';
import { hoursDraft, setOpen, weeklyOf } from './hours-draft';

const WEEK: WeeklyHours = {
  monday: [],
  tuesday: [
    { from: '09:00', to: '12:00' },
    { from: '14:00', to: '18:00' },
  ],
  wednesday: [{ from: '10:00', to: '16:00' }],
  thursday: [],
  friday: [],
  saturday: [],
  sunday: [],
};

describe('weekly hours draft', () => {
  it('gives back the same week when nothing is changed', () => {
    expect(weeklyOf(hoursDraft(WEEK))).toEqual({ weekly: WEEK, missing: {} });
  });

  it('sends no range for a closed day, even when times are still typed in it', () => {
    const draft = hoursDraft(WEEK);
    draft.tuesday = setOpen(draft.tuesday, false);
    expect(draft.tuesday.ranges[0]).toEqual({ from: '09:00', to: '12:00' });
    expect(weeklyOf(draft).weekly.tuesday).toEqual([]);
  });

  it('fills the usual hours when a day with none is opened, and keeps typed ones otherwise', () => {
    const draft = hoursDraft(WEEK);
    expect(setOpen(draft.monday, true)).toEqual({
      open: true,
      ranges: [
        { from: '09:00', to: '12:00' },
        { from: '14:00', to: '18:00' },
      ],
    });
    const closed = setOpen(draft.wednesday, false);
    expect(setOpen(closed, true).ranges[0]).toEqual({ from: '10:00', to: '16:00' });
  });

  it('names a missing time by the path the API would use, and an open day without a range', () => {
    const draft = hoursDraft(WEEK);
    draft.tuesday.ranges[1].to = '';
    draft.thursday = {
      open: true,
      ranges: [
        { from: '', to: '' },
        { from: '', to: '' },
      ],
    };
    const { weekly, missing } = weeklyOf(draft);
    expect(missing).toEqual({ 'weekly.tuesday.1.to': 'time', 'weekly.thursday.0.from': 'first_range' });
    expect(weekly.tuesday).toHaveLength(2);
  });

  it('reads times typed as at the counter in 24-hour form, and leaves unreadable ones for the API to flag', () => {
    const draft = hoursDraft(WEEK);
    draft.wednesday.ranges[0] = { from: '9h', to: '1230' };
    draft.wednesday.ranges[1] = { from: '14.00', to: '25:00' };
    expect(weeklyOf(draft).weekly.wednesday).toEqual([
      { from: '09:00', to: '12:30' },
      { from: '14:00', to: '25:00' },
    ]);
  });

  it('leaves the order of the times to the API', () => {
    const draft = hoursDraft(WEEK);
    draft.wednesday.ranges[0] = { from: '16:00', to: '10:00' };
    expect(weeklyOf(draft)).toMatchObject({
      weekly: { wednesday: [{ from: '16:00', to: '10:00' }] },
      missing: {},
    });
  });
});
