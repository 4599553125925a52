import { Component, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { I18nService, LANGUAGES, Language } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { SHARED_IMPORTS } from '../../shared';

/** Cookie sign-in (POST /api/account/login), then back to where the user was going. */
@Component({
  selector: 'gs-login',
  imports: [SHARED_IMPORTS],
  templateUrl: './login.component.html',
  styleUrl: './login.component.scss',
})
export class LoginComponent {
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;

  protected readonly form = this.fb.group({
    userName: ['', [Validators.required]],
    password: ['', [Validators.required]],
    rememberMe: [false],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected use(language: Language): void {
    this.i18n.use(language);
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach(c => c.updateValueAndValidity());
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const { userName, password, rememberMe } = this.form.getRawValue();
      await this.auth.login(userName, password, rememberMe);
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
      await this.router.navigateByUrl(returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/workspace');
    } catch (e) {
      const problem = readProblem(e);
      this.error.set(problem?.status === 0 || !problem ? this.i18n.t('error.network') : problem.title ?? this.i18n.t('error.title'));
    } finally {
      this.busy.set(false);
    }
  }
}

