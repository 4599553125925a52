import { Directive, TemplateRef, ViewContainerRef, effect, inject, input } from '@angular/core';
import { AuthService } from '../core/auth/auth.service';

/** `*gsPermission="'GridStaff.Grids.Update'"`: renders only when the user holds the permission. */
@Directive({ selector: '[gsPermission]' })
export class PermissionDirective {
  private readonly auth = inject(AuthService);
  private readonly template = inject(TemplateRef);
  private readonly view = inject(ViewContainerRef);
  readonly gsPermission = input.required<string>();
  private shown = false;

  constructor() {
    effect(() => {
      const granted = this.auth.isGranted(this.gsPermission());
      if (granted && !this.shown) this.view.createEmbeddedView(this.template);
      if (!granted && this.shown) this.view.clear();
      this.shown = granted;
    });
  }
}
