import { Component, OnInit, computed, inject, input, output, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, Validators } from '@angular/forms';
import { I18nService } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { microGridGetList, partTimeForceCreate, partTimeForceUpdate } from '../../proxy/functions';
import { GridDto, PartTimeForceDto, PartTimeForceRole } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { FormButtonsComponent, FormFailureComponent } from '../workers/actions/action-parts';
import { todayIso } from '../workers/dates';
import { Failure, applyFailure, describeFailure, errorText, mobilePhone, notBefore, revealErrors, silent, validDate } from '../workers/form-support';
import { PART_TIME_FORCE_ROLES } from './roles';

/**
 * Adds or edits one part-time force: where they serve (grid, optionally a micro-grid of it), role,
 * contact and period. The API keeps the phone only encrypted and never sends it back: an edit with the
 * phone left empty keeps the stored number (the hint says so); a number typed in replaces it.
 */
@Component({
  selector: 'gs-part-time-force-form',
  imports: [SHARED_IMPORTS, FormFailureComponent, FormButtonsComponent],
  templateUrl: './part-time-force-form.component.html',
})
export class PartTimeForceFormComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18nService);
  readonly force = input<PartTimeForceDto | null>(null);
  readonly grids = input<readonly GridDto[]>([]);
  readonly communityNames = input<ReadonlyMap<string, string>>(new Map());
  readonly done = output<void>();
  readonly cancelled = output<void>();

  protected readonly roles = PART_TIME_FORCE_ROLES;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    gridId: ['', Validators.required],
    microGridId: [null as string | null],
    name: ['', [Validators.required, Validators.maxLength(32)]],
    role: ['Volunteer' as PartTimeForceRole],
    phone: ['', [mobilePhone]],
    activeFrom: [todayIso(), [Validators.required, validDate]],
    activeTo: ['', [validDate, notBefore('activeFrom', 'ptf.endBeforeStart')]],
  });
  private readonly gridId = toSignal(this.form.controls.gridId.valueChanges, { initialValue: '' });
  protected readonly microGrids = resource({
    params: () => this.gridId() || undefined,
    loader: async ({ params: GridId }) => (await this.api.invoke(microGridGetList, { GridId, MaxResultCount: 1000 })).items,
  });
  protected readonly gridOptions = computed(() =>
    this.grids().map(g => ({ id: g.id, label: `${this.communityNames().get(g.communityId) ?? ''} · ${g.name}` })));

  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  ngOnInit(): void {
    const f = this.force();
    if (f) this.form.reset({ gridId: f.gridId, microGridId: f.microGridId, name: f.name, role: f.role, phone: '', activeFrom: f.activeFrom, activeTo: f.activeTo ?? '' });
    this.form.controls.gridId.valueChanges.subscribe(() => this.form.controls.microGridId.setValue(null));
    this.form.controls.activeFrom.valueChanges.subscribe(() => this.form.controls.activeTo.updateValueAndValidity());
  }

  protected errorOf(control: AbstractControl): string {
    return errorText(control, this.i18n);
  }

  protected async save(): Promise<void> {
    this.failure.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const v = this.form.getRawValue();
    const body = { ...v, name: v.name.trim(), phone: v.phone.trim() || null, activeTo: v.activeTo || null };
    const existing = this.force();
    this.saving.set(true);
    try {
      if (existing) await this.api.invoke(partTimeForceUpdate, { id: existing.id, body }, silent());
      else await this.api.invoke(partTimeForceCreate, { body }, silent());
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
