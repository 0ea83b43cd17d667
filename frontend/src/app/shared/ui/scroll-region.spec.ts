import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ScrollRegion, overflows } from './scroll-region';

@Component({
  imports: [ScrollRegion],
  template: `<div appScrollRegion="Theo cơ quan"><table></table></div>`,
})
class Host {}

/** jsdom lays nothing out: the sizes a browser would measure, set by hand. */
function size(element: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(element, 'scrollWidth', {
    configurable: true,
    value: scrollWidth,
  });
  Object.defineProperty(element, 'clientWidth', {
    configurable: true,
    value: clientWidth,
  });
}

describe('overflows', () => {
  it('is true only when the content is wider or taller than the box', () => {
    const box = document.createElement('div');
    size(box, 482, 482);
    expect(overflows(box)).toBe(false);
    size(box, 518, 482);
    expect(overflows(box)).toBe(true);
  });
});

describe('ScrollRegion', () => {
  it('is a named region in the tab order while its content overflows, and a plain box otherwise', async () => {
    const observers: ResizeObserverCallback[] = [];
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
      constructor(callback: ResizeObserverCallback) {
        observers.push(callback);
      }
      observe(): void {
        // The test calls the callback itself.
      }
      disconnect(): void {
        // Nothing to release.
      }
    };
    const fixture = TestBed.createComponent(Host);
    const box = (fixture.nativeElement as HTMLElement).querySelector('div') as HTMLElement;
    size(box, 400, 400);
    await fixture.whenStable();
    expect(box.hasAttribute('tabindex')).toBe(false);
    expect(box.hasAttribute('role')).toBe(false);

    size(box, 518, 482);
    observers.forEach((notify) => notify([], {} as ResizeObserver));
    fixture.detectChanges();
    await fixture.whenStable();
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('role')).toBe('region');
    expect(box.getAttribute('aria-label')).toBe('Theo cơ quan');
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  });
});
