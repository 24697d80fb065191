// State, failures and guarantees: the stream job's checkpoints, a crash under each delivery
// guarantee, savepoints and upgrades, backfills after a bug, and Lambda vs Kappa.
export {
  REVENUE_FORMULAS,
  TAX_RATE,
  buildJob,
  jobWindow,
  logOf,
  offsetAt,
  revenueOf,
  totalsOf,
} from './job';
export type { GuaranteeJob, JobRecord, KeyedState, RevenueFormula } from './job';
export {
  checkpointOf,
  checkpointsBetween,
  jobStart,
  lastCheckpointBefore,
  stateAt,
  stateByKey,
  watermarkBefore,
} from './checkpoints';
export type { Checkpoint } from './checkpoints';
export { GUARANTEES, crashAndRecover, truthOf } from './crash';
export type { CrashConfig, CrashRun, Guarantee } from './crash';
export { JOB_CHANGES, mergeRows, resumeFromSavepoint } from './savepoint';
export type { JobChange, SavepointRun } from './savepoint';
export { planBackfill } from './backfill';
export type { BackfillConfig, BackfillRun, Rerun, Uncovered } from './backfill';
export { lambdaAt, lambdaTimeline } from './lambda';
export type { LambdaConfig, LambdaPeriod } from './lambda';
