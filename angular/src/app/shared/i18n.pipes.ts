import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslationKey } from '../core/i18n/zh-CN';

/** {{ 'menu.grids' | t }}: impure so a language switch re-renders. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(key: TranslationKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }
}

/** {{ 'gridKind.' + kind | tt }}: a key built at run time. */
@Pipe({ name: 'tt', pure: false })
export class TryTranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(key: string, fallback?: string): string {
    return this.i18n.tryT(key, fallback);
  }
}

@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: string | Date | null | undefined, format?: string): string {
    return this.i18n.date(value, format);
  }
}

@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | string | null | undefined, digits?: string): string {
    return this.i18n.number(value === null || value === undefined ? value : Number(value), digits);
  }
}
