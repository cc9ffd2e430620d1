export class WorkshopsOptions {
  publicUrl = 'http://localhost:3000';
}
