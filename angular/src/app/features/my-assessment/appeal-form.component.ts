import { Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { I18nService } from '../../core/i18n/i18n.service';
import { Api } from '../../proxy/api';
import { appealFile } from '../../proxy/functions';
import { MyAssessmentResultDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { daysLeft, serverTime } from '../../shared/server-time';

/** Asking for a review of a published result, within the appeal window (the server checks it too). */
@Component({
  selector: 'gs-appeal-form',
  imports: [SHARED_IMPORTS, NzModalModule],
  templateUrl: './appeal-form.component.html',
})
export class AppealFormComponent {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18nService);
  private readonly modal = inject(NzModalService);
  private readonly notification = inject(NzNotificationService);

  readonly result = input.required<MyAssessmentResultDto>();
  readonly windowEnd = input<Date | null>(null);
  readonly now = input(Date.now());
  readonly hasAppealed = input(false);
  readonly filed = output<void>();

  protected readonly saving = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    reason: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(1000)]],
    indicatorCodes: [[] as string[]],
  });

  protected readonly days = computed(() => { const end = this.windowEnd(); return end ? daysLeft(end, this.now()) : 0; });
  protected readonly open = computed(() => !this.hasAppealed() && this.days() > 0);
  protected readonly codes = computed(() => [...new Set(this.result().indicators.map(i => i.code))]);

  constructor() {
    // The form follows the window: closed (or already appealed) means disabled, not just a refused submit.
    effect(() => {
      if (this.open()) this.form.enable({ emitEvent: false }); else this.form.disable({ emitEvent: false });
    });
  }

  protected submit(): void {
    if (this.form.invalid || !this.open()) {
      // Shows the field messages now (they otherwise appear as the user types).
      Object.values(this.form.controls).forEach(c => { c.markAsDirty(); c.updateValueAndValidity(); });
      return;
    }
    this.modal.confirm({
      nzTitle: this.i18n.t('myAppeal.confirmTitle'),
      nzContent: this.i18n.t('myAppeal.confirm'),
      nzOkText: this.i18n.t('myAppeal.submit'),
      nzOnOk: () => this.file(),
    });
  }

  private async file(): Promise<void> {
    this.saving.set(true);
    try {
      const { reason, indicatorCodes } = this.form.getRawValue();
      const appeal = await this.api.invoke(appealFile, { body: { cycleId: this.result().cycleId, reason: reason.trim(), indicatorCodes } });
      this.notification.success(this.i18n.t('myAppeal.filed', { date: this.i18n.date(serverTime(appeal.answerDueAt), 'mediumDate') }), '');
      this.form.reset();
      this.filed.emit();
    } catch { /* the error interceptor has shown the server's reason */ }
    finally {
      this.saving.set(false);
    }
  }
}
