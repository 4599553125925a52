import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { ICONS } from '../../core/icons';
import { TemplateEditorComponent } from './template-editor.component';

const tick = () => new Promise(resolve => setTimeout(resolve));

describe('TemplateEditorComponent', () => {
  let http: HttpTestingController;

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TemplateEditorComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzIcons(ICONS),
        { provide: NzNotificationService, useValue: { error: vi.fn(), warning: vi.fn() } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TemplateEditorComponent);
    fixture.detectChanges();
    await tick();
    http.expectOne(r => r.url === '/api/app/street').flush({ items: [{ id: 's1', name: '泉城路街道' }], totalCount: 1 });
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  const type = (el: Element | null, value: string) => {
    const input = el as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows the rated weights sum live, red until it reaches 100', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const sum = () => el.querySelector('[data-testid=rated-sum]')!;
    expect(sum().getAttribute('data-ok')).toBe('false');

    type(el.querySelector('[data-indicator="0-0"] [data-field=weight]'), '60');
    fixture.detectChanges();
    expect(sum().textContent).toContain('60');
    expect(sum().classList).toContain('gs-sum-bad');

    type(el.querySelector('[data-indicator="0-0"] [data-field=weight]'), '100');
    fixture.detectChanges();
    expect(sum().getAttribute('data-ok')).toBe('true');
    expect(sum().classList).toContain('gs-sum-ok');
  });

  it('sends nothing while the live checks fail', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector<HTMLButtonElement>('[data-testid=tpl-save]')!.click();
    await tick();
    fixture.detectChanges();
    http.expectNone({ method: 'POST' });
    expect(el.querySelector('[data-testid=issues-dimensions]')?.textContent).toContain('应为 100');
  });

  it('puts the server 422 under the section it names', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el.querySelector('#tpl-code'), 'Q1');
    type(el.querySelector('#tpl-name'), '季度考核');
    const row = el.querySelector('[data-indicator="0-0"]')!;
    type(row.querySelector('[data-field=code]'), 'A');
    type(row.querySelector('[data-field=name]'), '实绩');
    type(row.querySelector('[data-field=weight]'), '100');
    // The director group scores A (the multiple select's control is set directly: its overlay is not under test).
    const component = fixture.componentInstance as unknown as { form: { controls: { raterGroups: { at(n: number): { controls: { indicatorCodes: { setValue(v: string[]): void } } } } } } };
    component.form.controls.raterGroups.at(0).controls.indicatorCodes.setValue(['A']);
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=issue-count]')?.textContent).toContain('校验通过');

    el.querySelector<HTMLButtonElement>('[data-testid=tpl-save]')!.click();
    await tick();
    const post = http.expectOne({ method: 'POST', url: '/api/app/assessment-template' });
    expect(post.request.body.definition.raterGroups[0]).toEqual({ kind: 'Director', weight: 100, indicatorCodes: ['A'], peersPerWorker: 0 });
    post.flush({ title: 'Rater group Director is listed twice.', status: 422, code: 'GridStaff:AssessmentTemplate:Invalid',
      errors: { 'definition.raterGroups': ['Rater group Director is listed twice.'] } }, { status: 422, statusText: 'Unprocessable Entity' });
    await tick();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=section-raterGroups] [data-testid=server-error]')?.textContent).toContain('listed twice');
  });
});
