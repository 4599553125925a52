import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors, readProblem } from './problem-details';

describe('problem details', () => {
  const error = (body: unknown, status = 400) => new HttpErrorResponse({ error: body, status });

  it('reads title, code and field errors', () => {
    expect(readProblem(error({ title: 'Bad', code: 'X', errors: { name: ['Required'] } }))).toEqual(
      { status: 400, title: 'Bad', type: undefined, code: 'X', errors: { name: ['Required'] } });
  });

  it('copes with a body that is not a ProblemDetails', () => {
    expect(readProblem(error('<html>', 502))).toEqual({ status: 502 });
    expect(readProblem(new Error('x'))).toBeNull();
  });

  it('puts field errors on the matching controls, case-insensitively, and returns the rest', () => {
    const form = new FormGroup({ households: new FormControl(-1), name: new FormControl('a') });
    const rest = applyServerErrors(form, {
      status: 400,
      errors: { Households: ['The field Households must be between 0 and 100000.'], '$.name': ['Too long'], other: ['Something else'] },
    });
    expect(form.controls.households.errors).toEqual({ server: 'The field Households must be between 0 and 100000.' });
    expect(form.controls.households.touched).toBe(true);
    expect(form.controls.name.errors).toEqual({ server: 'Too long' });
    expect(rest).toEqual(['Something else']);
  });
});
