import { Component, input } from '@angular/core';
import { SHARED_IMPORTS } from '../../shared';

/** 403 / 404 pages (the route says which). */
@Component({
  selector: 'gs-exception',
  imports: [SHARED_IMPORTS],
  template: `
    <nz-result [nzStatus]="type() === '403' ? '403' : '404'" [nzTitle]="type()" [nzSubTitle]="(type() === '403' ? 'exception.403' : 'exception.404') | t" data-testid="exception">
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/workspace">{{ 'exception.home' | t }}</a>
      </div>
    </nz-result>
  `,
})
export class ExceptionComponent {
  readonly type = input<string>('404');
}
