import { TestBed } from '@angular/core/testing';
import { Router, UrlSegment, UrlTree, provideRouter } from '@angular/router';
import { ProfileDto } from '../../proxy/models';
import { AuthService } from './auth.service';
import { GridStaffPermissions as P } from './permissions';
import { scopeKindGuard, workerRegisterUrlForWorker } from './scope.guard';

function as(profile: Omit<Partial<ProfileDto>, 'scope'> & { scope: Partial<ProfileDto['scope']> }) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const auth = TestBed.inject(AuthService);
  (auth as unknown as { state: { set(p: unknown): void } }).state.set({ permissions: [], roles: [], ...profile });
}

const segments = (...paths: string[]) => paths.map(p => new UrlSegment(p, {}));
const url = (result: unknown) => (result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result);
const matchWorkers = (id: string) => TestBed.runInInjectionContext(() => workerRegisterUrlForWorker({}, segments('workers', id)));

describe('scope guards', () => {
  it('sends a worker opening someone else\'s register address to not-found, and their own to "my profile"', () => {
    as({ scope: { kind: 'Worker', workerId: 'me' } });
    expect(url(matchWorkers('someone-else'))).toBe('/exception/404');
    expect(url(matchWorkers('me'))).toBe('/my-profile');
  });

  it('lets register users through to the register', () => {
    as({ permissions: [P.Workers.Default], scope: { kind: 'Community' } });
    expect(matchWorkers('w1')).toBe(false);
  });

  it('opens "my profile" only for a worker scope', () => {
    as({ scope: { kind: 'Street' } });
    const guard = scopeKindGuard('Worker');
    expect(url(TestBed.runInInjectionContext(() => guard({} as never, {} as never)))).toBe('/exception/404');
  });
});
