import { Component, OnInit, Signal, computed, effect, inject, resource, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { workerChangePost, workerGetPosts } from '../../../proxy/functions';
import { PostDto } from '../../../proxy/models';
import { SHARED_IMPORTS } from '../../../shared';
import { firstOfNextMonth, todayIso } from '../dates';
import { gradeInBand, validDate } from '../form-support';
import { FormButtonsComponent, FormFailureComponent } from './action-parts';
import { WorkerAction } from './worker-action';

/** Change of post: the grade is re-slotted into the new post's band, from the next month by default (DOMAIN.md §2). */
@Component({
  selector: 'gs-post-form',
  imports: [SHARED_IMPORTS, FormFailureComponent, FormButtonsComponent],
  templateUrl: './post-form.component.html',
})
export class PostFormComponent extends WorkerAction implements OnInit {
  protected readonly posts = resource({
    params: () => this.worker().streetId,
    loader: ({ params: streetId }) => this.api.invoke(workerGetPosts, { streetId }),
  });
  protected readonly form = inject(FormBuilder).nonNullable.group({
    postId: ['', Validators.required],
    grade: [1, [Validators.required, gradeInBand(() => this.band?.())]],
    effectiveOn: [firstOfNextMonth(todayIso()), [Validators.required, validDate]],
    note: ['', Validators.maxLength(256)],
  });
  private readonly postId = toSignal(this.form.controls.postId.valueChanges, { initialValue: '' });
  protected readonly band: Signal<PostDto | null> = computed(() => (this.posts.hasValue() ? this.posts.value() : []).find(p => p.id === this.postId()) ?? null);
  /** Other posts only: choosing the current one is not a change. */
  protected readonly choices = computed(() => (this.posts.hasValue() ? this.posts.value() : []).filter(p => p.id !== this.worker().postId));

  constructor() {
    super();
    // A new post: keep the grade when it fits the band, otherwise take the nearest end of it.
    effect(() => {
      const b = this.band();
      const grade = untracked(() => this.form.controls.grade);
      if (b) grade.setValue(Math.min(Math.max(Number(grade.value) || b.minGrade, b.minGrade), b.maxGrade));
    });
  }

  ngOnInit(): void {
    this.form.controls.grade.setValue(this.worker().grade);
  }

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    return this.send(context => this.api.invoke(workerChangePost, {
      id: this.worker().id,
      body: { postId: v.postId, grade: Number(v.grade), effectiveOn: v.effectiveOn, note: v.note || null },
    }, context));
  }
}
