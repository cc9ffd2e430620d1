export { CATALOG_ROUTES } from './lib/catalog.routes';
/** The learner's rendering of a lesson's blocks, reused by the lesson editor's preview (@culture-d/catalog/authoring). */
export { LessonBlocksComponent } from './lib/blocks/lesson-blocks.component';
