import type { Handlers } from './registry';
import type { Contract } from './contract';
import { systemHandlers } from '../system/handlers';
import { staffHandlers } from '../staff/handlers';
import { borrowersHandlers } from '../borrowers/handlers';
import { sitesHandlers } from '../sites/handlers';
import { catalogHandlers } from '../catalog/handlers';
import { attachmentsHandlers } from '../attachments/handlers';
import { bookingsHandlers } from '../bookings/handlers';
import { calendarHandlers } from '../calendar/handlers';
import { latenessHandlers } from '../lateness/handlers';
import { depositsHandlers } from '../deposits/handlers';
import { incidentsHandlers } from '../incidents/handlers';
import { loansHandlers } from '../loans/handlers';

/** Every handler, merged from the features. Features add theirs here, beside their contract. */
export const handlers: Handlers<Contract> = {
  ...systemHandlers,
  ...staffHandlers,
  ...borrowersHandlers,
  ...sitesHandlers,
  ...catalogHandlers,
  ...attachmentsHandlers,
  ...bookingsHandlers,
  ...calendarHandlers,
  ...latenessHandlers,
  ...depositsHandlers,
  ...incidentsHandlers,
  ...loansHandlers,
};
