import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';
import { filter } from 'rxjs';

/** How long a screen may take to show its heading after a navigation (a case page loads its case first). */
export const HEADING_WAIT_MS = 10_000;

/** The path of an app URL without its query and fragment. */
export function pathOf(url: string): string {
  return url.split(/[?#]/)[0] ?? url;
}

/**
 * WCAG 2.4.3: after a navigation inside the app the focus moves to the new screen's heading (`main h1`, tabindex -1),
 * so keyboard and screen-reader users go on from the top of the new screen instead of from the link they left (or
 * from `<body>`). It stays where it is on the first load (the browser starts at the top), when only the query changes
 * (filters and tabs kept in the address), when it is in a tab bar (the tab keeps it), and when the new screen has
 * already put it inside itself (the desk focuses the visit form's first field).
 */
@Injectable({ providedIn: 'root' })
export class RouteFocus {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private lastPath: string | null = null;
  private focusedAtStart: Element | null = null;
  private cancelWait: (() => void) | null = null;

  constructor() {
    const events = this.router.events.subscribe((event) => {
      if (event instanceof NavigationStart) this.focusedAtStart = this.document.activeElement;
    });
    const ends = this.router.events
      .pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd))
      .subscribe((end) => this.navigated(pathOf(end.urlAfterRedirects)));
    inject(DestroyRef).onDestroy(() => {
      events.unsubscribe();
      ends.unsubscribe();
      this.cancelWait?.();
    });
  }

  private navigated(path: string): void {
    const previous = this.lastPath;
    this.lastPath = path;
    if (previous === null || previous === path) return;
    if (this.focusedAtStart?.closest('[role="tablist"]')) return;
    const before = this.focusedAtStart;
    this.cancelWait?.();
    afterNextRender(
      () => {
        this.cancelWait = this.whenHeading((heading) => {
          const active = this.document.activeElement;
          const main = heading.closest('main');
          const movedByScreen =
            !!active && active !== before && active !== this.document.body && !!main?.contains(active) && active !== main;
          if (!movedByScreen) heading.focus();
        });
      },
      { injector: this.injector },
    );
  }

  /** Calls `found` with the screen's heading as soon as it is in the page; returns a function that stops waiting. */
  private whenHeading(found: (heading: HTMLElement) => void): () => void {
    const query = () => this.document.querySelector<HTMLElement>('main h1[tabindex="-1"]');
    const now = query();
    if (now) {
      found(now);
      return () => undefined;
    }
    const observer = new MutationObserver(() => {
      const heading = query();
      if (!heading) return;
      stop();
      found(heading);
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      this.cancelWait = null;
    };
    observer.observe(this.document.body, { childList: true, subtree: true });
    return stop;
  }
}
