import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { ICONS } from '../../core/icons';
import { GridDto } from '../../proxy/models';
import { GridEditComponent } from './grid-edit.component';

const grid: GridDto = {
  id: 'g1', streetId: 's1', communityId: 'c1', code: 'FRJ-01', name: '芙蓉街第1网格', kind: 'Comprehensive',
  households: 420, population: 1100, areaKm2: 0.12, difficultyFactor: 1, boundaryGeoJson: null,
};

/** Lets pending promises and effects run (whenStable would wait for the unanswered request). */
const tick = () => new Promise(resolve => setTimeout(resolve));

describe('GridEditComponent', () => {
  let http: HttpTestingController;

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [GridEditComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS),
        { provide: NzNotificationService, useValue: { error: vi.fn(), warning: vi.fn() } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(GridEditComponent);
    fixture.componentRef.setInput('id', 'g1');
    fixture.detectChanges();
    await tick();
    http.expectOne('/api/app/grid/g1').flush(grid);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  const input = (el: HTMLElement, id: string) => el.querySelector<HTMLInputElement>(`#${id}`)!;

  it('loads the grid into the form', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    expect(input(el, 'name').value).toBe('芙蓉街第1网格');
    expect(input(el, 'households').value).toBe('420');
  });

  it('shows the server validation error under the households field', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const households = input(el, 'households');
    households.value = '-5';
    households.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid=grid-save]')!.click();
    await tick();

    const put = http.expectOne({ method: 'PUT', url: '/api/app/grid/g1' });
    expect(put.request.body.households).toBe(-5);
    put.flush({ title: 'One or more validation errors occurred.', status: 400, errors: { households: ['The field Households must be between 0 and 100000.'] } },
      { status: 400, statusText: 'Bad Request' });
    await tick();
    fixture.detectChanges();
    await fixture.whenStable();

    const control = el.querySelector('[data-testid=households-control]')!;
    expect(control.textContent).toContain('The field Households must be between 0 and 100000.');
    expect(fixture.componentInstance['form'].controls.households.hasError('server')).toBe(true);
  });

  it('does not send a form with an empty name, and says why in Chinese', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const name = input(el, 'name');
    name.value = '';
    name.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid=grid-save]')!.click();
    await fixture.whenStable();
    fixture.detectChanges();
    http.expectNone({ method: 'PUT' });
    expect(el.textContent).toContain('请输入网格名称');
  });

  it('saves and goes back to the detail page', async () => {
    const fixture = await render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture.nativeElement.querySelector('[data-testid=grid-save]').click();
    await tick();
    http.expectOne({ method: 'PUT', url: '/api/app/grid/g1' }).flush({ ...grid });
    await tick();
    expect(navigate).toHaveBeenCalledWith(['/grids', 'g1']);
  });
});
