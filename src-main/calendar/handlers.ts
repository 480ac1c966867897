import type { Handlers } from '../api/registry';
import type { calendarContract } from './contract';
import {
  checkPeriod,
  listHolidays,
  loadCalendarSettings,
  nextOpeningAfterToday,
  proposeReturnFor,
  updateCalendar,
} from './service';

export const calendarHandlers: Handlers<typeof calendarContract> = {
  'calendar.get': (_input, ctx) => loadCalendarSettings(ctx.db),
  'calendar.update': (input, ctx) => updateCalendar(ctx, input),
  'calendar.holidays': (input, ctx) => listHolidays(ctx.db, input.year),
  'calendar.nextOpening': (_input, ctx) => nextOpeningAfterToday(ctx.db, ctx.now),
  'calendar.proposeReturn': (input, ctx) => proposeReturnFor(ctx.db, ctx.lang, input),
  'calendar.check': (input, ctx) => checkPeriod(ctx.db, ctx.lang, input),
};
