import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';

/** RFC 9457 ProblemDetails as the Host writes it; `errors` only on validation problems. */
export interface Problem {
  status: number;
  title?: string;
  type?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

/** Reads a ProblemDetails body from an HTTP error, or null when the body is not one. */
export function readProblem(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = typeof error.error === 'string' ? tryParse(error.error) : error.error;
  if (!body || typeof body !== 'object') return { status: error.status };
  const { title, type, code, errors } = body as Record<string, unknown>;
  return {
    status: error.status,
    title: typeof title === 'string' ? title : undefined,
    type: typeof type === 'string' ? type : undefined,
    code: typeof code === 'string' ? code : undefined,
    errors: errors && typeof errors === 'object' ? normalizeErrors(errors as Record<string, unknown>) : undefined,
  };
}

/**
 * Puts the server's field errors on the matching form controls (as the `server` error) and returns
 * the messages that matched no control. Keys are matched case-insensitively ("Households", "households",
 * "$.households").
 */
export function applyServerErrors(form: FormGroup, problem: Problem | null): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(problem?.errors ?? {})) {
    const control = findControl(form, field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}

function findControl(form: FormGroup, field: string): AbstractControl | null {
  const name = field.replace(/^\$\./, '').split('.')[0].toLowerCase();
  const key = Object.keys(form.controls).find(k => k.toLowerCase() === name);
  return key ? form.controls[key] : null;
}

function normalizeErrors(errors: Record<string, unknown>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(errors)) {
    result[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return result;
}

function tryParse(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}
