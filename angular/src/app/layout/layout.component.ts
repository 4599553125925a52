import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { AuthService } from '../core/auth/auth.service';
import { I18nService, LANGUAGES, Language } from '../core/i18n/i18n.service';
import { visibleMenu } from '../core/menu';
import { TranslatePipe, TryTranslatePipe } from '../shared/i18n.pipes';
import { NotificationBellComponent } from './notification-bell.component';

/** The signed-in frame: side menu built from the user's permissions, header with language and user. */
@Component({
  selector: 'gs-layout',
  imports: [RouterOutlet, RouterLink, NzLayoutModule, NzMenuModule, NzIconModule, NzButtonModule, NzDropDownModule, TranslatePipe, TryTranslatePipe, NotificationBellComponent],
  templateUrl: './layout.component.html',
  styleUrl: './layout.component.scss',
})
export class LayoutComponent {
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly collapsed = signal(false);
  protected readonly languages = LANGUAGES;
  protected readonly menu = computed(() => visibleMenu(p => this.auth.isGranted(p), this.auth.profile()?.scope.kind));

  protected use(language: Language): void {
    this.i18n.use(language);
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/login');
  }
}
