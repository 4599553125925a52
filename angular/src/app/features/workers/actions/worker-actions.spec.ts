import { actionsFor } from './worker-actions.component';

describe('actionsFor', () => {
  it('offers passing probation only during probation, reinstatement only when suspended', () => {
    expect(actionsFor({ status: 'Probation' })).toContain('passProbation');
    expect(actionsFor({ status: 'Active' })).not.toContain('passProbation');
    expect(actionsFor({ status: 'Suspended' })).toEqual(expect.arrayContaining(['reinstate', 'exit']));
    expect(actionsFor({ status: 'Suspended' })).not.toContain('suspend');
    expect(actionsFor({ status: 'Active' })).not.toContain('reinstate');
  });

  it('offers nothing once the worker has left: the history ends with the exit', () => {
    expect(actionsFor({ status: 'Exited' })).toEqual([]);
  });
});
