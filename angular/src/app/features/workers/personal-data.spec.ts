import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RevealedPersonalData } from './personal-data';

describe('RevealedPersonalData', () => {
  it('asks the server for one worker\'s clear data only when revealed, and keeps it', async () => {
    TestBed.configureTestingModule({ providers: [RevealedPersonalData, provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const personal = TestBed.inject(RevealedPersonalData);

    expect(personal.get('w1')).toBeUndefined();
    http.expectNone(() => true);

    const revealing = personal.reveal('w1');
    await Promise.resolve();
    const req = http.expectOne('/api/app/worker/w1/reveal-personal-data');
    expect(req.request.method).toBe('POST');
    req.flush({ workerId: 'w1', idNumber: '370102199003150117', phone: '13812345678' });
    await revealing;

    expect(personal.get('w1')?.idNumber).toBe('370102199003150117');
    expect(personal.get('w2')).toBeUndefined();
    http.verify();
  });
});
