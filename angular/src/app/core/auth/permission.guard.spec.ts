import { provideHttpClient } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { AuthService } from './auth.service';
import { authGuard, permissionGuard } from './permission.guard';

describe('permission guards', () => {
  const granted = signal<string[] | null>(null);

  beforeEach(() => {
    granted.set(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        {
          provide: AuthService,
          useValue: {
            isAuthenticated: () => granted() !== null,
            isGranted: (p?: string | string[]) => !p || (Array.isArray(p) ? p : [p]).every(x => granted()!.includes(x)),
          },
        },
      ],
    });
  });

  const run = (data: Record<string, unknown>, url = '/grids/1/edit') =>
    TestBed.runInInjectionContext(() =>
      permissionGuard({ data } as unknown as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('sends anonymous users to the login page with the way back', () => {
    expect(serialize(run({ requiredPolicy: 'GridStaff.Grids.Update' }))).toBe('/login?returnUrl=%2Fgrids%2F1%2Fedit');
  });

  it('shows 403 when the permission is missing', () => {
    granted.set(['GridStaff.Grids']);
    expect(serialize(run({ requiredPolicy: 'GridStaff.Grids.Update' }))).toBe('/exception/403');
  });

  it('lets the user in when the permission is held, or when none is required', () => {
    granted.set(['GridStaff.Grids', 'GridStaff.Grids.Update']);
    expect(run({ requiredPolicy: 'GridStaff.Grids.Update' })).toBe(true);
    expect(run({})).toBe(true);
  });

  it('requires every permission of a list', () => {
    granted.set(['GridStaff.Grids']);
    expect(serialize(run({ requiredPolicy: ['GridStaff.Grids', 'GridStaff.Grids.Update'] }))).toBe('/exception/403');
  });

  it('authGuard admits only signed-in users', () => {
    const guard = (url: string) => TestBed.runInInjectionContext(() => authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
    expect(serialize(guard('/workspace'))).toBe('/login?returnUrl=%2Fworkspace');
    granted.set([]);
    expect(guard('/workspace')).toBe(true);
  });
});
