import { HttpContext } from '@angular/common/http';
import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslationKey } from '../../core/i18n/zh-CN';
import { describeProblem } from '../../core/net/error.interceptor';
import { SILENT_ERRORS } from '../../core/net/http-context';
import { Problem, applyServerErrors } from '../../core/net/problem-details';
import { isIsoDate } from './dates';

/**
 * Shared by the workforce forms (worker actions, new worker, part-time forces): client-side messages
 * as translation keys, and server refusals (400 field errors, 409/422 business rules) turned into a
 * translated headline, the server's specifics (which grid, which date) and messages under the fields.
 */

/** A validator's error that carries its own text: `{ gsMessage: { key, params } }`. */
export interface FormMessage { key: TranslationKey; params?: Record<string, string | number> }

export function formMessage(key: TranslationKey, params?: Record<string, string | number>): ValidationErrors {
  return { gsMessage: { key, params } satisfies FormMessage };
}

/** Error codes of the Domain.Shared error-code classes that a workforce form can meet, in plain words. */
const CODE_MESSAGES: Record<string, TranslationKey> = {
  'GridStaff:Worker:GridFull': 'workerError.gridFull',
  'GridStaff:Worker:TransferOutsideStreet': 'workerError.outsideStreet',
  'GridStaff:Worker:GridNotInCommunity': 'workerError.gridNotInCommunity',
  'GridStaff:Worker:HistoryContradiction': 'workerError.historyContradiction',
  'GridStaff:Worker:BeforeHire': 'workerError.beforeHire',
  'GridStaff:Worker:IllegalTransition': 'workerError.illegalTransition',
  'GridStaff:Worker:GradeOutsidePostBand': 'workerError.gradeOutsideBand',
  'GridStaff:Worker:PostNotFound': 'workerError.postNotFound',
  'GridStaff:Worker:InvalidIdNumber': 'workerError.invalidIdNumber',
  'GridStaff:Worker:IdNumberMismatch': 'workerError.idNumberMismatch',
  'GridStaff:Worker:InvalidPhone': 'workerError.invalidPhone',
  'GridStaff:Worker:DuplicateIdNumber': 'workerError.duplicateIdNumber',
  'GridStaff:Contract:ProbationTooLong': 'workerError.probationTooLong',
  'GridStaff:Contract:InvalidTerm': 'workerError.invalidTerm',
  'GridStaff:Contract:Overlap': 'workerError.contractOverlap',
  'GridStaff:ParentNotFound': 'workerError.notInScope',
  'GridStaff:PartTimeForce:InvalidPeriod': 'workerError.invalidPeriod',
  'GridStaff:PartTimeForce:MicroGridNotInGrid': 'workerError.microGridNotInGrid',
  'GridStaff:ConcurrencyConflict': 'workerError.concurrency',
};

/** What a refused submission shows above the form. */
export interface Failure { headline: string; detail: string[] }

export function describeFailure(problem: Problem | null, i18n: I18nService): Failure {
  const key = problem?.code ? CODE_MESSAGES[problem.code] : undefined;
  if (key) return { headline: i18n.t(key), detail: problem?.title ? [problem.title] : [] };
  const { title, details } = describeProblem(problem ?? { status: 0 }, i18n);
  return { headline: title, detail: details };
}

/**
 * Puts the server's field errors under the matching inputs; a known business rule reads in the
 * user's language there (the alert above keeps the server's specifics). Returns what matched no input.
 */
export function applyFailure(form: FormGroup, problem: Problem | null, i18n: I18nService): string[] {
  const key = problem?.code ? CODE_MESSAGES[problem.code] : undefined;
  const errors = key && problem?.errors
    ? Object.fromEntries(Object.keys(problem.errors).map(field => [field, [i18n.t(key)]]))
    : problem?.errors;
  return applyServerErrors(form, problem ? { ...problem, errors } : null);
}

/** The text under an input: the server's word first, then the validator's own message, then "required". */
export function errorText(control: AbstractControl | null | undefined, i18n: I18nService): string {
  const errors = control?.errors;
  if (!errors) return '';
  if (errors['server']) return errors['server'];
  const message = errors['gsMessage'] as FormMessage | undefined;
  if (message) return i18n.t(message.key, message.params);
  if (errors['required']) return i18n.t('workerForm.required');
  if (errors['maxlength']) return i18n.t('workerForm.tooLong', { max: errors['maxlength'].requiredLength });
  return i18n.t('workerForm.invalid');
}

/** Marks every control so that every message shows (a submit with invalid input sends nothing). */
export function revealErrors(form: FormGroup): void {
  form.markAllAsTouched();
  for (const control of Object.values(form.controls)) {
    control.markAsDirty();
    control.updateValueAndValidity({ onlySelf: true });
  }
}

/** These forms show refusals themselves, beside the inputs; no second notification. */
export function silent(): HttpContext {
  return new HttpContext().set(SILENT_ERRORS, true);
}

export const validDate: ValidatorFn = control =>
  !control.value || isIsoDate(control.value) ? null : formMessage('workerForm.invalidDate');

/** Not before another date: a sibling control by name (an end after its start), or a fixed value. */
export function notBefore(other: string | (() => string | null | undefined), key: TranslationKey): ValidatorFn {
  return control => {
    const start: string | null | undefined = typeof other === 'string' ? control.parent?.get(other)?.value : other();
    return control.value && start && control.value < start ? formMessage(key, { date: start }) : null;
  };
}

/** Mainland mobile numbers, as the server's PhoneNumber.Normalize (spaces and dashes allowed). */
export const mobilePhone: ValidatorFn = control => {
  const value = String(control.value ?? '').replace(/[\s-]/g, '');
  return !value || /^1\d{10}$/.test(value) ? null : formMessage('workerForm.invalidPhone');
};

/** A grade within the band of the post (bands are data: posts differ by street and city). */
export function gradeInBand(band: () => { minGrade: number; maxGrade: number } | null | undefined): ValidatorFn {
  return control => {
    const b = band();
    const grade = Number(control.value);
    if (control.value === null || control.value === '' || !b) return null;
    return Number.isInteger(grade) && grade >= b.minGrade && grade <= b.maxGrade
      ? null
      : formMessage('workerForm.gradeOutsideBand', { min: b.minGrade, max: b.maxGrade });
  };
}
