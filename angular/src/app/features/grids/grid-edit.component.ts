import { Component, effect, inject, input, resource, signal } from '@angular/core';
import { AbstractControl, FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n/i18n.service';
import { applyServerErrors, readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { gridGet, gridUpdate } from '../../proxy/functions';
import { GridKind } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';

/**
 * Edits a grid's figures. The ranges are the server's (DataAnnotations on UpdateGridDto): a 400
 * ProblemDetails puts each message under its field, so the two can never disagree.
 */
@Component({
  selector: 'gs-grid-edit',
  imports: [SHARED_IMPORTS],
  templateUrl: './grid-edit.component.html',
})
export class GridEditComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  readonly id = input.required<string>();

  protected readonly kinds: GridKind[] = ['Comprehensive', 'Dedicated'];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', Validators.required],
    kind: ['Comprehensive' as GridKind],
    households: [0, Validators.required],
    population: [0, Validators.required],
    areaKm2: [0, Validators.required],
    difficultyFactor: [1, Validators.required],
    boundaryGeoJson: [null as string | null],
  });
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);

  protected readonly grid = resource({
    params: () => this.id(),
    loader: ({ params: id }) => this.api.invoke(gridGet, { id }),
  });

  constructor() {
    effect(() => {
      const g = (this.grid.hasValue() ? this.grid.value() : undefined);
      if (g) this.form.reset({ ...g });
    });
  }

  protected errorOf(control: AbstractControl): string {
    if (control.errors?.['server']) return control.errors['server'];
    if (control.errors?.['required']) return this.i18n.t(control === this.form.controls.name ? 'grid.nameRequired' : 'grid.numberRequired');
    return '';
  }

  protected async save(): Promise<void> {
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach(c => { c.markAsDirty(); c.updateValueAndValidity(); });
      return;
    }
    this.saving.set(true);
    try {
      const value = this.form.getRawValue();
      await this.api.invoke(gridUpdate, {
        id: this.id(),
        body: { ...value, households: Number(value.households), population: Number(value.population), areaKm2: Number(value.areaKm2), difficultyFactor: Number(value.difficultyFactor) },
      });
      this.message.success(this.i18n.t('grid.saved'));
      await this.router.navigate(['/grids', this.id()]);
    } catch (e) {
      const problem = readProblem(e);
      this.formErrors.set(applyServerErrors(this.form, problem));
      if (!problem?.errors && problem?.title && problem.status !== 404) this.formErrors.set([problem.title]);
    } finally {
      this.saving.set(false);
    }
  }
}
