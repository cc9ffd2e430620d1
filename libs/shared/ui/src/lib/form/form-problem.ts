/** A translation key and its parameters: the interface never shows the API's English `detail`. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** An error attached to one field of a form; `field` is the control name, which is also the API's field name. */
export interface FieldError extends Message {
  readonly field: string;
}

/** What went wrong with a submission: errors per field, and a message for the form as a whole. */
export interface FormProblem {
  readonly fields: readonly FieldError[];
  readonly message?: Message;
}
