import { Component, OnInit, computed, effect, inject, resource, untracked } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { workerChangeGrade, workerGetPosts } from '../../../proxy/functions';
import { SHARED_IMPORTS } from '../../../shared';
import { firstOfNextMonth, todayIso } from '../dates';
import { gradeInBand, validDate } from '../form-support';
import { FormButtonsComponent, FormFailureComponent } from './action-parts';
import { WorkerAction } from './worker-action';

/** A grade change within the current post's band. */
@Component({
  selector: 'gs-grade-form',
  imports: [SHARED_IMPORTS, FormFailureComponent, FormButtonsComponent],
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="grade-form">
      <gs-form-failure [failure]="failure()" />
      <nz-form-item>
        <nz-form-label nzFor="grade-grade" nzRequired>{{ 'workerAction.newGrade' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.grade)"
                         [nzExtra]="band() ? ('workerAction.bandOfPost' | t: { post: band()!.name, min: band()!.minGrade, max: band()!.maxGrade, current: worker().grade }) : ''">
          <input nz-input id="grade-grade" type="number" formControlName="grade" data-testid="grade-input" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="grade-date" nzRequired>{{ 'workerAction.effectiveOn' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.effectiveOn)">
          <input nz-input id="grade-date" type="date" formControlName="effectiveOn" data-testid="effective-on" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="grade-note">{{ 'workerAction.note' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errorOf(form.controls.note)">
          <textarea nz-input id="grade-note" rows="2" formControlName="note"></textarea>
        </nz-form-control>
      </nz-form-item>
      <gs-form-buttons [saving]="saving()" [label]="'workerAction.changeGrade' | t" (cancel)="cancelled.emit()" />
    </form>
  `,
})
export class GradeFormComponent extends WorkerAction implements OnInit {
  protected readonly posts = resource({
    params: () => this.worker().streetId,
    loader: ({ params: streetId }) => this.api.invoke(workerGetPosts, { streetId }),
  });
  protected readonly band = computed(() => (this.posts.hasValue() ? this.posts.value() : []).find(p => p.id === this.worker().postId) ?? null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    grade: [1, [Validators.required, gradeInBand(() => this.band())]],
    effectiveOn: [firstOfNextMonth(todayIso()), [Validators.required, validDate]],
    note: ['', Validators.maxLength(256)],
  });

  constructor() {
    super();
    // The band arrives with the posts: check the proposed grade against it then.
    effect(() => {
      this.band();
      untracked(() => this.form.controls.grade.updateValueAndValidity());
    });
  }

  ngOnInit(): void {
    this.form.controls.grade.setValue(this.worker().grade + 1);
  }

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    return this.send(context => this.api.invoke(workerChangeGrade, {
      id: this.worker().id, body: { grade: Number(v.grade), effectiveOn: v.effectiveOn, note: v.note || null },
    }, context));
  }
}
