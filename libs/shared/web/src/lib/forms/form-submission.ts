import { signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { Observable } from 'rxjs';
import { type FieldError, type FormProblem, type ProblemMapping, clientProblem, mapProblem } from './form-problem';

/**
 * The life of one form: client-side checks first (mirroring the API), then the request; a failure becomes a
 * `FormProblem` (for the error summary and the fields), and `sending` is true while the request runs.
 */
export class FormSubmission {
  readonly problem = signal<FormProblem | null>(null);
  readonly sending = signal(false);

  constructor(
    private readonly form: FormGroup,
    private readonly mapping: ProblemMapping,
  ) {}

  error(field: string): FieldError | undefined {
    return this.problem()?.fields.find((error) => error.field === field);
  }

  /** `failed` may handle an error itself (returns true), e.g. to offer a reload after a 409. */
  submit<T>(request: () => Observable<T>, done: (value: T) => void, failed?: (error: unknown) => boolean): void {
    if (this.sending()) return;
    const client = clientProblem(this.form, this.mapping.fields, this.mapping.namespace);
    if (client) {
      this.problem.set(client);
      return;
    }
    this.problem.set(null);
    this.sending.set(true);
    request().subscribe({
      next: (value) => {
        this.sending.set(false);
        done(value);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (!failed?.(error)) this.problem.set(mapProblem(error, this.mapping));
      },
    });
  }

  reset(): void {
    this.problem.set(null);
    this.sending.set(false);
  }
}
