export { BreadcrumbComponent, type BreadcrumbItem } from './lib/breadcrumb/breadcrumb.component';
export { EntryCardComponent } from './lib/entry-card/entry-card.component';
export { IconComponent, type IconName } from './lib/icon/icon.component';
export { ErrorSummaryComponent } from './lib/form/error-summary.component';
export type { FieldError, FormProblem, Message } from './lib/form/form-problem';
