import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProfileDto } from '../../proxy/models';
import { AuthService } from './auth.service';
import { GridStaffPermissions as P } from './permissions';

export const directorProfile: ProfileDto = {
  id: '0195d0f0-0000-7000-8000-000000000001',
  userName: 'director.frj',
  displayName: '芙蓉街社区书记',
  roles: ['CommunityDirector'],
  permissions: [P.Communities.Default, P.Grids.Default, P.Grids.Update, P.GridTaskItems.Default],
  scope: { kind: 'Community', streetId: 's1', streetName: '泉城路街道', communityId: 'c1', communityName: '芙蓉街社区', workerId: null },
};

describe('AuthService', () => {
  let http: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });
  afterEach(() => http.verify());

  async function flushProfile(respond: (req: ReturnType<HttpTestingController['expectOne']>) => void) {
    const loading = auth.loadProfile();
    await Promise.resolve();
    respond(http.expectOne('/api/app/my/profile'));
    return loading;
  }

  it('loads the profile and answers permission questions with the C# strings', async () => {
    const profile = await flushProfile(req => req.flush(directorProfile));
    expect(profile?.userName).toBe('director.frj');
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.isGranted('GridStaff.Grids.Update')).toBe(true);
    expect(auth.isGranted('GridStaff.Grids.Delete')).toBe(false);
    expect(auth.isGranted([P.Grids.Default, P.Grids.Update])).toBe(true);
    expect(auth.isGranted([P.Grids.Default, P.Streets.Create])).toBe(false);
    expect(auth.isGranted(undefined)).toBe(true);
    expect(auth.hasRole('CommunityDirector')).toBe(true);
  });

  it('treats 401 as signed out, not as an error', async () => {
    const profile = await flushProfile(req => req.flush({ title: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' }));
    expect(profile).toBeNull();
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.isGranted(P.Grids.Default)).toBe(false);
  });

  it('rethrows other failures', async () => {
    await expect(flushProfile(req => req.flush(null, { status: 500, statusText: 'Server Error' }))).rejects.toBeTruthy();
  });

  it('logs in with the cookie endpoint, then loads the profile', async () => {
    const login = auth.login('director.frj', 'Demo@12345', false);
    await Promise.resolve();
    const req = http.expectOne('/api/account/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ userName: 'director.frj', password: 'Demo@12345', rememberMe: false });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise(r => setTimeout(r));
    http.expectOne('/api/app/my/profile').flush(directorProfile);
    expect((await login)?.displayName).toBe('芙蓉街社区书记');
  });
});
