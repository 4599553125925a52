import { TestBed } from '@angular/core/testing';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { enUS } from './en-US';
import { I18nService, serverTime } from './i18n.service';
import { zhCN } from './zh-CN';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Chinese and fills placeholders', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.language()).toBe('zh-CN');
    expect(i18n.t('menu.grids')).toBe('网格管理');
    expect(i18n.t('workspace.hello', { name: '张三' })).toBe('您好，张三');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, ng-zorro included, and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('en-US');
    expect(i18n.t('menu.grids')).toBe('Grids');
    expect(TestBed.inject(NzI18nService).getLocaleId()).toBe('en');
    expect(localStorage.getItem('gridstaff.lang')).toBe('en-US');
    expect(document.title).toBe('GridStaff');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem('gridstaff.lang', 'en-US');
    expect(TestBed.inject(I18nService).t('login.submit')).toBe('Sign in');
  });

  it('ignores an unknown language', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.use('fr-FR' as never);
    expect(i18n.language()).toBe('zh-CN');
  });

  it('formats numbers and dates for the current language', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.date('2026-03-01', 'longDate')).toBe('2026年3月1日');
    i18n.use('en-US');
    expect(i18n.date('2026-03-01', 'longDate')).toBe('March 1, 2026');
    expect(i18n.number(12345.678)).toBe('12,345.68');
  });

  it('translates run-time keys and falls back to the key', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.tryT('gridKind.Dedicated')).toBe('专属网格');
    expect(i18n.tryT('gridKind.Unknown')).toBe('gridKind.Unknown');
  });

  it('has every key in both dictionaries, none empty', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const dictionary of [zhCN, enUS] as Record<string, string>[]) {
      expect(Object.entries(dictionary).filter(([, text]) => !text.trim())).toEqual([]);
    }
  });

  it('reads a server time without an offset as UTC, and leaves dates and offsets alone', () => {
    expect(serverTime('2026-12-02T09:00:00')).toBe('2026-12-02T09:00:00Z');
    expect(serverTime('2026-12-02T17:34:56.3251999')).toBe('2026-12-02T17:34:56.3251999Z');
    expect(serverTime('2026-12-02T09:00:00Z')).toBe('2026-12-02T09:00:00Z');
    expect(serverTime('2026-12-02T09:00:00+08:00')).toBe('2026-12-02T09:00:00+08:00');
    expect(serverTime('2026-12-02')).toBe('2026-12-02');
  });
});
