import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { I18nService } from '../i18n/i18n.service';
import { authInterceptor } from './auth.interceptor';
import { errorInterceptor } from './error.interceptor';
import { SILENT_ERRORS } from './http-context';

describe('auth and error interceptors', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  const notification = { error: vi.fn(), warning: vi.fn() };
  const auth = { clear: vi.fn() };

  beforeEach(() => {
    localStorage.clear();
    notification.error.mockReset();
    notification.warning.mockReset();
    auth.clear.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor, errorInterceptor])),
        provideHttpClientTesting(),
        { provide: NzNotificationService, useValue: notification },
        { provide: AuthService, useValue: auth },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });
  afterEach(() => http.verify());

  function call(url: string, context?: HttpContext) {
    const result = firstValueFrom(client.get(url, { context })).catch((e: unknown) => e);
    return { req: http.expectOne(url), result };
  }

  it('shows the ProblemDetails title and field errors of a 400', async () => {
    const { req, result } = call('/api/app/grid/1');
    expect(req.request.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    req.flush(
      { title: 'One or more validation errors occurred.', status: 400, errors: { households: ['The field Households must be between 0 and 100000.'] } },
      { status: 400, statusText: 'Bad Request' });
    await result;
    expect(notification.error).toHaveBeenCalledWith(
      'One or more validation errors occurred.', 'households: The field Households must be between 0 and 100000.', expect.anything());
  });

  it('shows a business rule (422) by its title', async () => {
    const { req, result } = call('/api/app/grid');
    req.flush({ title: 'A grid with code FRJ-01 already exists.', status: 422, code: 'GridStaff:DuplicateCode' }, { status: 422, statusText: 'Unprocessable' });
    await result;
    expect(notification.error.mock.calls[0][0]).toBe('A grid with code FRJ-01 already exists.');
  });

  it('says "not found or outside your scope" for 404, in the current language', async () => {
    TestBed.inject(I18nService).use('en-US');
    const { req, result } = call('/api/app/grid/2');
    req.flush({ title: 'Grid 2 was not found.', status: 404 }, { status: 404, statusText: 'Not Found' });
    await result;
    expect(notification.error.mock.calls[0][0]).toBe('Not found, or outside your data scope');
    expect(notification.error.mock.calls[0][1]).toBe('Grid 2 was not found.');
  });

  it('never shows a server error text for 500', async () => {
    const { req, result } = call('/api/app/grid');
    req.flush('boom', { status: 500, statusText: 'Server Error' });
    await result;
    expect(notification.error.mock.calls[0][0]).toBe('服务器内部错误，请联系管理员');
  });

  it('on 401 clears the session and goes to the login page with the way back', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    vi.spyOn(router, 'url', 'get').mockReturnValue('/grids/3');
    const { req, result } = call('/api/app/grid/3');
    req.flush(null, { status: 401, statusText: 'Unauthorized' });
    expect((await result as { status: number }).status).toBe(401);
    expect(auth.clear).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/grids/3' } });
    expect(notification.error).not.toHaveBeenCalled();
  });

  it('stays quiet for requests that show their own errors', async () => {
    const { req, result } = call('/api/app/my/profile', new HttpContext().set(SILENT_ERRORS, true));
    req.flush(null, { status: 401, statusText: 'Unauthorized' });
    await result;
    expect(auth.clear).not.toHaveBeenCalled();
    expect(notification.error).not.toHaveBeenCalled();
    expect(notification.warning).not.toHaveBeenCalled();
  });
});
