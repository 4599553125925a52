import { WorkerContractDto, WorkerDto } from '../../../proxy/models';
import { defaultContract } from './contract-defaults';

const worker = (w: Partial<WorkerDto>) => ({ hireDate: '2026-03-01', retirementDate: '2050-01-01', openEndedContractDue: false, ...w }) as WorkerDto;
const contract = (c: Partial<WorkerContractDto>) => ({ id: 'c', sequence: 1, kind: 'FixedTerm', startOn: '2020-01-01', endOn: '2022-12-31', probationEndOn: null, ...c }) as WorkerContractDto;

describe('defaultContract', () => {
  it('proposes a first contract from the hire date for the default three-year term', () => {
    expect(defaultContract(worker({}), [], '2026-12-02')).toEqual({ kind: 'FixedTerm', startOn: '2026-03-01', endOn: '2029-02-28', probationEndOn: '' });
  });

  it('renews from the day after the latest contract ends', () => {
    const contracts = [contract({ startOn: '2023-01-01', endOn: '2025-12-31', sequence: 2 }), contract({})];
    expect(defaultContract(worker({}), contracts, '2026-12-02')).toMatchObject({ startOn: '2026-01-01', endOn: '2028-12-31' });
  });

  it('proposes open-ended when two fixed terms make it due, and stops a fixed term at retirement', () => {
    expect(defaultContract(worker({ openEndedContractDue: true }), [contract({})], '2026-12-02')).toMatchObject({ kind: 'OpenEnded', endOn: '' });
    expect(defaultContract(worker({ retirementDate: '2027-06-30' }), [], '2026-12-02')).toMatchObject({ endOn: '2027-06-30' });
  });
});
