import { Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { Countdown, countdown } from '../../shared/server-time';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzIconModule } from 'ng-zorro-antd/icon';

/** Renders time left as text: days/hours/minutes, seconds in the last day. */
export function countdownText(c: Countdown, i18n: I18nService): string {
  if (c.passed) return i18n.t('scoring.countdown.passed');
  const time = c.days > 0
    ? i18n.t('scoring.countdown.days', { d: c.days, h: c.hours, m: c.minutes })
    : i18n.t('scoring.countdown.hours', { h: c.hours, m: c.minutes, s: c.seconds });
  return i18n.t('scoring.countdown.left', { time });
}

/** The scoring deadline as a live countdown tag: blue, orange in the last day, red once passed. */
@Component({
  selector: 'gs-countdown',
  imports: [NzTagModule, NzIconModule],
  template: `
    <nz-tag [nzColor]="color()" data-testid="deadline-countdown" [attr.data-passed]="left().passed" role="timer" aria-live="off">
      <span nz-icon nzType="clock-circle" aria-hidden="true"></span> {{ text() }}
    </nz-tag>`,
})
export class CountdownComponent {
  private readonly i18n = inject(I18nService);
  readonly until = input.required<Date>();
  private readonly now = signal(Date.now());
  protected readonly left = computed(() => countdown(this.until(), this.now()));
  protected readonly text = computed(() => countdownText(this.left(), this.i18n));
  protected readonly color = computed(() => this.left().passed ? 'red' : this.left().totalMs < 86_400_000 ? 'orange' : 'blue');

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
