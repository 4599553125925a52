import { Component, OnInit, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { communityGetList, gridGetList, workerTransfer } from '../../../proxy/functions';
import { SHARED_IMPORTS } from '../../../shared';
import { todayIso } from '../dates';
import { validDate } from '../form-support';
import { FormButtonsComponent, FormFailureComponent } from './action-parts';
import { WorkerAction } from './worker-action';

/**
 * Transfer within the employing street: another community and/or other grids from a date. The street
 * limit, grid capacity (staffing norm) and history are the server's checks; its refusal shows here.
 */
@Component({
  selector: 'gs-transfer-form',
  imports: [SHARED_IMPORTS, FormFailureComponent, FormButtonsComponent],
  templateUrl: './transfer-form.component.html',
})
export class TransferFormComponent extends WorkerAction implements OnInit {
  protected readonly form = inject(FormBuilder).nonNullable.group({
    communityId: ['', Validators.required],
    gridIds: [[] as string[]],
    effectiveOn: [todayIso(), [Validators.required, validDate]],
    note: ['', Validators.maxLength(256)],
  });
  private readonly communityId = toSignal(this.form.controls.communityId.valueChanges, { initialValue: '' });

  protected readonly communities = resource({
    params: () => this.worker().streetId,
    loader: async ({ params: streetId }) =>
      (await this.api.invoke(communityGetList, { StreetId: streetId, MaxResultCount: 1000 })).items.filter(c => c.streetId === streetId),
  });
  protected readonly grids = resource({
    params: () => this.communityId() || undefined,
    loader: async ({ params: communityId }) => (await this.api.invoke(gridGetList, { CommunityId: communityId, MaxResultCount: 1000 })).items,
  });

  ngOnInit(): void {
    const w = this.worker();
    this.form.reset({ communityId: w.communityId, gridIds: [...w.gridIds], effectiveOn: todayIso(), note: '' });
    // Grids belong to one community: a new community starts with none chosen.
    this.form.controls.communityId.valueChanges.subscribe(id => {
      if (id !== w.communityId) this.form.controls.gridIds.setValue([]);
    });
  }

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    return this.send(context => this.api.invoke(workerTransfer, {
      id: this.worker().id,
      body: { communityId: v.communityId, gridIds: v.gridIds, effectiveOn: v.effectiveOn, note: v.note || null },
    }, context));
  }
}
