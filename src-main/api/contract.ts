import { mergeContracts, type InputOf, type OutputOf } from '../core/contract-kit';
import { systemContract } from '../system/contract';
import { staffContract } from '../staff/contract';
import { borrowersContract } from '../borrowers/contract';
import { sitesContract } from '../sites/contract';
import { catalogContract } from '../catalog/contract';
import { attachmentsContract } from '../attachments/contract';
import { bookingsContract } from '../bookings/contract';
import { calendarContract } from '../calendar/contract';
import { latenessContract } from '../lateness/contract';
import { depositsContract } from '../deposits/contract';
import { incidentsContract } from '../incidents/contract';
import { loansContract } from '../loans/contract';

/** The whole API: what the renderer, the CLI and scripts may call. Features add their contract here. */
export const contract = mergeContracts(
  systemContract,
  staffContract,
  borrowersContract,
  sitesContract,
  catalogContract,
  attachmentsContract,
  bookingsContract,
  calendarContract,
  latenessContract,
  depositsContract,
  incidentsContract,
  loansContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<M extends MethodName> = InputOf<Contract[M]>;
export type Output<M extends MethodName> = OutputOf<Contract[M]>;
