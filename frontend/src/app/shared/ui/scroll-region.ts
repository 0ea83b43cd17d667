import { DestroyRef, Directive, ElementRef, afterNextRender, inject, input, signal } from '@angular/core';

/** Whether an element's content is larger than its box (it scrolls). */
export function overflows(element: HTMLElement): boolean {
  return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
}

/**
 * A box that scrolls its content (a wide table, the lifecycle diagram on a phone). WCAG 2.1.1: while it overflows it
 * is a named region in the tab order, so it can be scrolled with the arrow keys; when everything fits it is a plain
 * box again and adds no tab stop. `appScrollRegion="label"` names it.
 */
@Directive({
  selector: '[appScrollRegion]',
  host: {
    class: 'scroll-region',
    '[attr.tabindex]': 'scrolls() ? 0 : null',
    '[attr.role]': 'scrolls() ? "region" : null',
    '[attr.aria-label]': 'scrolls() ? label() : null',
  },
})
export class ScrollRegion {
  readonly label = input.required<string>({ alias: 'appScrollRegion' });
  protected readonly scrolls = signal(false);

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const check = () => this.scrolls.set(overflows(element));
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      check();
      if (typeof ResizeObserver === 'undefined') return;
      // The box changes with the window, the content with the data: watch both.
      const observer = new ResizeObserver(check);
      observer.observe(element);
      for (const child of Array.from(element.children)) observer.observe(child);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
