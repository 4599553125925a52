import { HttpContext } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';
import { Directive, inject, input, output, signal } from '@angular/core';
import { I18nService } from '../../../core/i18n/i18n.service';
import { readProblem } from '../../../core/net/problem-details';
import { Api } from '../../../proxy/api';
import { WorkerDto } from '../../../proxy/models';
import { Failure, applyFailure, describeFailure, errorText, revealErrors, silent } from '../form-support';

/**
 * What every worker action form shares: the worker it acts on, sending with errors shown in the form
 * (field messages and a headline), and `done` once the server has accepted, so the page can reload
 * the record, history and contracts.
 */
@Directive()
export abstract class WorkerAction {
  protected readonly api = inject(Api);
  protected readonly i18n = inject(I18nService);
  readonly worker = input.required<WorkerDto>();
  readonly done = output<void>();
  readonly cancelled = output<void>();

  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected abstract readonly form: FormGroup;

  protected errorOf(control: AbstractControl): string {
    return errorText(control, this.i18n);
  }

  protected async send(call: (context: HttpContext) => Promise<unknown>): Promise<void> {
    this.failure.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      await call(silent());
      this.done.emit();
    } catch (e) {
      const problem = readProblem(e);
      applyFailure(this.form, problem, this.i18n);
      this.failure.set(describeFailure(problem, this.i18n));
    } finally {
      this.saving.set(false);
    }
  }
}
