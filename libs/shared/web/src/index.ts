export * from './shell';
export { ErrorSummaryComponent } from './lib/forms/error-summary.component';
export { CheckboxGroupComponent, FieldComponent, FieldControlDirective, FieldErrorComponent, type FieldText } from './lib/forms/field.component';
export { type FieldError, type FormProblem, type Message, type ProblemMapping, clientProblem, mapProblem, problemCode, problemMessage, problemOf } from './lib/forms/form-problem';
export { FormSubmission } from './lib/forms/form-submission';
export { type ApiResourceRequest, apiResource } from './lib/api/api-resource';
