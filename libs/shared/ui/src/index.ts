export { BreadcrumbComponent, type BreadcrumbItem } from './lib/breadcrumb/breadcrumb.component';
export { EntryCardComponent } from './lib/entry-card/entry-card.component';
export { IconComponent, type IconName } from './lib/icon/icon.component';
