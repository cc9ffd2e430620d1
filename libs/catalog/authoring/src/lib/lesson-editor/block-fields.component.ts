import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { BlockDocument } from '@culture-d/catalog/contracts';
import { ALLOWED_VIDEO_HOSTS } from '@culture-d/catalog/domain';
import { FieldComponent, FieldControlDirective, TranslatePipe } from '@culture-d/shared/web';
import { type FieldIssue, IMAGE_MAX_BYTES, IMAGE_MEDIA_TYPES, RESOURCE_MAX_BYTES, RESOURCE_MEDIA_TYPES } from './block-form';
import { DatasetUploadComponent } from './dataset-upload.component';
import { mediaTypeOf, plainFileName, readAsDataUri } from './file-read';

type Patch = Record<string, string | boolean>;

/**
 * The fields of one block, by type, each with its label, hint and error (shown once the field was left or a save was
 * asked for). Changes go up as the whole new block; files (image, resource) are read here into data: URIs after
 * checking their type and size, datasets through `cd-dataset-upload`.
 */
@Component({
  selector: 'cd-block-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, TranslatePipe, FieldComponent, FieldControlDirective, DatasetUploadComponent],
  templateUrl: './block-fields.component.html',
})
export class BlockFieldsComponent {
  readonly block = input.required<BlockDocument>();
  readonly uid = input.required<number>();
  /** Every problem of the lesson: this block's are the ones whose field starts with `b<uid>-`. */
  readonly issues = input.required<readonly FieldIssue[]>();
  /** Fields left at least once (`b<uid>-<field>`): their problems are shown. */
  readonly touched = input.required<ReadonlySet<string>>();
  /** After a save was asked for, every problem is shown. */
  readonly showAll = input.required<boolean>();
  readonly changed = output<BlockDocument>();
  /** A field was left (its full name, `b<uid>-<field>`): from now on its problem shows. */
  readonly left = output<string>();

  protected leave(field: string): void {
    this.left.emit(this.name(field));
  }

  protected readonly videoHosts = ALLOWED_VIDEO_HOSTS.join(', ');
  protected readonly imageAccept = IMAGE_MEDIA_TYPES.join(',');
  protected readonly resourceAccept = RESOURCE_MEDIA_TYPES.join(',');
  protected readonly imageMaxMb = Math.floor(IMAGE_MAX_BYTES / 1_048_576);
  protected readonly resourceMaxMb = Math.floor(RESOURCE_MAX_BYTES / 1_048_576);
  /** A chosen file refused before it went into the block (wrong type, too large). */
  protected readonly fileProblem = signal<{ key: string; params?: Record<string, string | number> } | null>(null);

  private readonly byField = computed(() => new Map(this.issues().map((issue) => [issue.field, issue])));

  /** `le-b<uid>-<field>`: the page's error summary links to the same ids. */
  protected id(field: string): string {
    return `le-${this.name(field)}`;
  }

  private name(field: string): string {
    return `b${this.uid()}-${field}`;
  }

  protected value(field: string): string {
    const value = (this.block() as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : '';
  }

  protected flag(field: string): boolean {
    return (this.block() as unknown as Record<string, unknown>)[field] === true;
  }

  /** The problem shown under `field`, if any. */
  protected error(field: string): FieldIssue | { key: string; params?: Record<string, string | number> } | undefined {
    if ((field === 'src' || field === 'file') && this.fileProblem()) return this.fileProblem() ?? undefined;
    const name = this.name(field);
    const issue = this.byField().get(name);
    return issue && (this.showAll() || this.touched().has(name)) ? issue : undefined;
  }

  protected set(patch: Patch): void {
    this.changed.emit({ ...this.block(), ...patch } as BlockDocument);
  }

  protected text(field: string, event: Event): void {
    this.set({ [field]: (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value });
  }

  protected checked(field: string, event: Event): void {
    this.set({ [field]: (event.target as HTMLInputElement).checked });
  }

  protected async image(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const type = mediaTypeOf(file);
    if (!IMAGE_MEDIA_TYPES.includes(type)) return this.fileProblem.set({ key: 'lessonEditor.issues.imageType' });
    if (file.size > IMAGE_MAX_BYTES) return this.fileProblem.set({ key: 'lessonEditor.issues.imageTooLarge', params: { max: this.imageMaxMb } });
    this.fileProblem.set(null);
    this.set({ src: await readAsDataUri(file, type) });
    this.leave('src');
  }

  protected async resource(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const type = mediaTypeOf(file);
    if (!RESOURCE_MEDIA_TYPES.includes(type)) return this.fileProblem.set({ key: 'lessonEditor.issues.fileType' });
    if (file.size > RESOURCE_MAX_BYTES) return this.fileProblem.set({ key: 'lessonEditor.issues.fileTooLarge', params: { max: this.resourceMaxMb } });
    this.fileProblem.set(null);
    const block = this.block();
    const title: Patch = block.type === 'resource' && block.title.trim() === '' ? { title: plainFileName(file.name).replace(/\.[^.]+$/, '') } : {};
    this.set({ file: await readAsDataUri(file, type), fileName: plainFileName(file.name), mediaType: type, ...title });
    this.leave('file');
  }

  protected dataset(csv: string): void {
    this.set({ csv });
    this.leave('csv');
  }
}
