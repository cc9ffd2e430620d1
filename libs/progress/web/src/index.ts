export { PROGRESS_ROUTES } from './lib/progress.routes';
export { ProgressApi, isNotEnrolled, problemMessage as progressProblemMessage, progressUrl, type Message as ProgressMessage } from './lib/progress.api';
export { ProgressBarComponent } from './lib/ui/progress-bar.component';
