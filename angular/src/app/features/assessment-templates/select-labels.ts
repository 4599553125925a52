import { ElementRef, afterEveryRender, inject } from '@angular/core';

/**
 * nz-select keeps its focusable search input inside; an aria-label on the nz-select host does not reach
 * it. Call from a component's constructor: after each render the inner inputs get their select's label
 * (selects in table rows have no <label for> of their own).
 */
export function labelSelectInputs(): void {
  const host = inject(ElementRef<HTMLElement>).nativeElement as HTMLElement;
  afterEveryRender(() => host.querySelectorAll<HTMLElement>('nz-select[aria-label]').forEach(select => {
    const input = select.querySelector('input.ant-select-selection-search-input');
    const label = select.getAttribute('aria-label');
    if (input && label && input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
  }));
}
