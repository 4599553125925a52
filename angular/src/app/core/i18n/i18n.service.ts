import { DOCUMENT, formatDate, formatNumber, registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { Injectable, computed, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { enUS } from './en-US';
import { TranslationKey, zhCN } from './zh-CN';

export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en-US'];
const STORAGE_KEY = 'gridstaff.lang';

registerLocaleData(localeZh, 'zh-CN');

const dictionaries: Record<Language, Record<TranslationKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/**
 * Runtime translation: zh-CN by default, en-US on request, remembered in localStorage.
 * Switching also switches ng-zorro's own texts and the locale used for dates and numbers.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly nzI18n = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.initial());

  readonly language = this.current.asReadonly();
  readonly dictionary = computed(() => dictionaries[this.current()]);

  constructor() {
    this.apply(this.current());
  }

  use(language: Language): void {
    if (!LANGUAGES.includes(language)) return;
    this.current.set(language);
    try { localStorage.setItem(STORAGE_KEY, language); } catch { /* private mode */ }
    this.apply(language);
  }

  /** The text for a key in the current language, with {name} placeholders filled. */
  t(key: TranslationKey, params?: Record<string, string | number>): string {
    let text = this.dictionary()[key] ?? key;
    for (const [name, value] of Object.entries(params ?? {})) {
      text = text.replaceAll(`{${name}}`, String(value));
    }
    return text;
  }

  /** Looks up a key built at run time (an enum value, a role name); unknown keys come back as given. */
  tryT(key: string, fallback = key): string {
    return (this.dictionary() as Record<string, string>)[key] ?? fallback;
  }

  date(value: string | Date | null | undefined, format = 'mediumDate'): string {
    return value ? formatDate(serverTime(value), format, this.current()) : '';
  }

  number(value: number | null | undefined, digits = '1.0-2'): string {
    return value === null || value === undefined ? '' : formatNumber(value, this.current(), digits);
  }

  private initial(): Language {
    try {
      const saved = localStorage.getItem(STORAGE_KEY) as Language | null;
      if (saved && LANGUAGES.includes(saved)) return saved;
    } catch { /* private mode */ }
    return 'zh-CN';
  }

  private apply(language: Language): void {
    this.nzI18n.setLocale(language === 'zh-CN' ? zh_CN : en_US);
    this.document.documentElement.lang = language;
    this.document.title = this.t('app.title');
  }
}

/**
 * The API's times are UTC, but a value read back from some databases (SQLite) is serialised without its
 * "Z" and would be taken as local time. A date-time string without an offset is therefore read as UTC;
 * plain dates (yyyy-MM-dd, DateOnly) stay calendar dates.
 */
export function serverTime(value: string | Date): string | Date {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
}
