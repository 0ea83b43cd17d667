import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import { RouteFocus, pathOf } from './route-focus';

@Component({
  template: `<h1 tabindex="-1">Một</h1>
    <a id="inside" href="#">liên kết</a>`,
})
class OnePage {}

@Component({ template: `<h1 tabindex="-1">Hai</h1>` })
class TwoPage {}

/** A screen whose heading appears once its data is in (the case page). */
@Component({
  template: `@if (ready()) {
    <h1 tabindex="-1">Ba</h1>
  }`,
})
class LoadingPage {
  static instance: LoadingPage;
  readonly ready = signal(false);
  constructor() {
    LoadingPage.instance = this;
  }
}

/** A screen that puts the focus in its own first field (the desk's visit form). */
@Component({
  template: `<h1 tabindex="-1">Bàn</h1>
    <input id="first" />`,
})
class DeskPage {
  constructor() {
    setTimeout(() => document.getElementById('first')?.focus());
  }
}

@Component({
  imports: [RouterOutlet],
  template: `<nav><a id="nav-link" href="#">Hai</a></nav>
    <div role="tablist"><a id="tab" role="tab" href="#">tab</a></div>
    <main><router-outlet /></main>`,
})
class Host {}

describe('pathOf', () => {
  it('drops the query and the fragment', () => {
    expect(pathOf('/inbox?tab=overdue#x')).toBe('/inbox');
    expect(pathOf('/cases/1')).toBe('/cases/1');
  });
});

describe('RouteFocus', () => {
  let router: Router;
  const active = () => document.activeElement;
  const heading = () => document.querySelector('main h1');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  async function go(url: string): Promise<void> {
    await router.navigateByUrl(url);
    fixture.detectChanges();
    await fixture.whenStable();
    await settle();
  }

  let fixture: ReturnType<typeof TestBed.createComponent<Host>>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'one', component: OnePage },
          { path: 'two', component: TwoPage },
          { path: 'three', component: LoadingPage },
          { path: 'desk', component: DeskPage },
        ]),
      ],
    });
    TestBed.inject(RouteFocus);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await go('/one');
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  it('leaves the focus alone on the first load', () => {
    expect(active()).toBe(document.body);
  });

  it('moves the focus from the link that was used to the new screen’s heading', async () => {
    document.getElementById('nav-link')?.focus();
    await go('/two');
    expect(heading()?.textContent).toBe('Hai');
    expect(active()).toBe(heading());
  });

  it('keeps the focus where it is when only the query changes (filters, tabs in the address)', async () => {
    document.getElementById('inside')?.focus();
    await go('/one?tab=overdue');
    expect(active()?.id).toBe('inside');
  });

  it('keeps the focus on a tab that switched the screen', async () => {
    document.getElementById('tab')?.focus();
    await go('/two');
    expect(active()?.id).toBe('tab');
  });

  it('waits for a heading that comes with the data', async () => {
    document.getElementById('nav-link')?.focus();
    await go('/three');
    expect(heading()).toBeNull();
    LoadingPage.instance.ready.set(true);
    fixture.detectChanges();
    await fixture.whenStable();
    await settle();
    expect(active()?.textContent).toBe('Ba');
  });

  it('does not take the focus back from a screen that put it in its first field', async () => {
    document.getElementById('nav-link')?.focus();
    await go('/desk');
    expect(active()?.id).toBe('first');
  });
});
