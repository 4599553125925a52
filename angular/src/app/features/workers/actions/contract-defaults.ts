import { WorkerContractDto, WorkerDto } from '../../../proxy/models';
import { defaultTermEnd } from '../contract-rules';
import { IsoDate, addDays } from '../dates';

/**
 * What the contract form proposes: the first contract from the hire date, a renewal from the day
 * after the latest one ends; open-ended when the worker's two fixed terms make it due; a default
 * fixed term that stops at the statutory retirement date; no probation (HR adds it deliberately).
 */
export function defaultContract(worker: WorkerDto, contracts: readonly WorkerContractDto[], today: IsoDate) {
  const latest = [...contracts].sort((a, b) => a.startOn.localeCompare(b.startOn)).at(-1);
  const startOn = !latest ? worker.hireDate : latest.endOn ? addDays(latest.endOn, 1) : today;
  const kind = worker.openEndedContractDue ? 'OpenEnded' as const : 'FixedTerm' as const;
  const term = defaultTermEnd(startOn);
  const retirement = worker.retirementDate;
  const endOn = kind === 'OpenEnded' ? '' : retirement && retirement < term ? retirement : term;
  return { kind, startOn, endOn, probationEndOn: '' };
}
