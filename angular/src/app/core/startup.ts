import { inject } from '@angular/core';
import { AuthService } from './auth/auth.service';
import { I18nService } from './i18n/i18n.service';

/** Runs before the first route: language applied, current user (or none) loaded. */
export async function startup(): Promise<void> {
  inject(I18nService);
  try {
    await inject(AuthService).loadProfile();
  } catch {
    // The server is unreachable: the login page says so when the user tries.
  }
}
