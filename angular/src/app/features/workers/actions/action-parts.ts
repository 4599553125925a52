import { Component, input, output } from '@angular/core';
import { SHARED_IMPORTS } from '../../../shared';
import { Failure } from '../form-support';

/** The refusal above a form: a translated headline and the server's specifics. */
@Component({
  selector: 'gs-form-failure',
  imports: [SHARED_IMPORTS],
  template: `
    @if (failure(); as f) {
      <nz-alert class="gs-mb" nzType="error" nzShowIcon role="alert" data-testid="form-failure" [nzMessage]="f.headline" [nzDescription]="details">
        <ng-template #details>@for (line of f.detail; track $index) { <div>{{ line }}</div> }</ng-template>
      </nz-alert>
    }
  `,
})
export class FormFailureComponent {
  readonly failure = input<Failure | null>(null);
}

/** Submit and cancel at the foot of a modal form (the submit button submits the enclosing form). */
@Component({
  selector: 'gs-form-buttons',
  imports: [SHARED_IMPORTS],
  template: `
    <div class="gs-form-buttons">
      <button nz-button type="button" (click)="cancel.emit()" data-testid="form-cancel">{{ 'workerForm.cancel' | t }}</button>
      <button nz-button nzType="primary" [nzDanger]="danger()" type="submit" [nzLoading]="saving()" data-testid="form-submit">{{ label() }}</button>
    </div>
  `,
  styles: `.gs-form-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }`,
})
export class FormButtonsComponent {
  readonly saving = input(false);
  readonly label = input.required<string>();
  readonly danger = input(false);
  readonly cancel = output<void>();
}
