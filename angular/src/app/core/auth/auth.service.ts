import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../../proxy/api';
import { accountLogin, accountLogout, myProfileGet } from '../../proxy/functions';
import { ProfileDto } from '../../proxy/models';
import { SILENT_ERRORS } from '../net/http-context';

/**
 * The signed-in user: loaded at start-up from GET /api/app/my/profile (null when anonymous).
 * Menus and guards ask it for permissions, using the same strings as GridStaffPermissions in C#.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(Api);
  private readonly state = signal<ProfileDto | null>(null);

  readonly profile = this.state.asReadonly();
  readonly isAuthenticated = computed(() => this.state() !== null);
  readonly permissions = computed(() => new Set(this.state()?.permissions ?? []));

  isGranted(permission: string | readonly string[] | null | undefined): boolean {
    if (!permission) return true;
    const required = typeof permission === 'string' ? [permission] : permission;
    const granted = this.permissions();
    return required.every(p => granted.has(p));
  }

  hasRole(role: string): boolean {
    return this.state()?.roles.includes(role) ?? false;
  }

  /** Loads the profile; a 401 means "not signed in", not an error. */
  async loadProfile(): Promise<ProfileDto | null> {
    try {
      const profile = await this.api.invoke(myProfileGet, undefined, new HttpContext().set(SILENT_ERRORS, true));
      this.state.set(profile);
      return profile;
    } catch (e) {
      if (e instanceof HttpErrorResponse && e.status === 401) {
        this.state.set(null);
        return null;
      }
      throw e;
    }
  }

  async login(userName: string, password: string, rememberMe: boolean): Promise<ProfileDto | null> {
    await this.api.invoke(accountLogin, { body: { userName, password, rememberMe } }, new HttpContext().set(SILENT_ERRORS, true));
    return this.loadProfile();
  }

  async logout(): Promise<void> {
    try {
      await this.api.invoke(accountLogout, undefined, new HttpContext().set(SILENT_ERRORS, true));
    } finally {
      this.clear();
    }
  }

  clear(): void {
    this.state.set(null);
  }
}
