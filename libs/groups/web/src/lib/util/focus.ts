import { DOCUMENT, Injector, afterNextRender, inject } from '@angular/core';

/**
 * Moves the focus to the element `id` after the next render: where a confirmation or a form was, which disappears
 * once done or cancelled (the focus would otherwise fall back to the page's start).
 */
export function focusAfterRender(): (id: string) => void {
  const injector = inject(Injector);
  const document = inject(DOCUMENT);
  return (id) => afterNextRender(() => document.getElementById(id)?.focus(), { injector });
}
