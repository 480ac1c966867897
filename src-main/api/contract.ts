import { mergeContracts, type InputOf, type OutputOf } from '../core/contract-kit';
import { systemContract } from '../system/contract';
import { staffContract } from '../staff/contract';
import { borrowersContract } from '../borrowers/contract';

/** The whole API: what the renderer, the CLI and scripts may call. Features add their contract here. */
export const contract = mergeContracts(systemContract, staffContract, borrowersContract);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<M extends MethodName> = InputOf<Contract[M]>;
export type Output<M extends MethodName> = OutputOf<Contract[M]>;
