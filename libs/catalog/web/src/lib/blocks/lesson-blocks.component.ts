import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { RenderedBlock } from '@culture-d/catalog/contracts';
import { IconComponent } from '@culture-d/shared/ui';
import { LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { hostOf, kilobytes, mediaTypeKey } from '../util/format';
import { DatasetTableComponent } from './dataset-table.component';

let nextId = 0;

/**
 * The blocks of a lesson, in order. Markdown arrives as HTML sanitised by the API (and again by Angular's
 * `[innerHTML]`). Callouts are notes with a visible label; images keep their alternative (empty when decorative);
 * videos are a link to the host (the CSP allows no third-party frame) with the full transcript; resources and
 * datasets name their file, type and size.
 */
@Component({
  selector: 'cd-lesson-blocks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent, DatasetTableComponent],
  templateUrl: './lesson-blocks.component.html',
  styleUrl: './lesson-blocks.component.scss',
})
export class LessonBlocksComponent {
  readonly blocks = input.required<readonly RenderedBlock[]>();

  private readonly language = inject(LanguageService);
  protected readonly id = `cd-block-${nextId++}`;
  protected readonly hostOf = hostOf;
  protected readonly mediaTypeKey = mediaTypeKey;

  protected size(bytes: number): string {
    return kilobytes(bytes, this.language.current());
  }
}
