import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nTitleStrategy } from './i18n-title.strategy';
import { I18n } from './i18n.service';
import { PageTitle } from './page-title';

/** A record screen: names its record once "loaded". */
@Component({ selector: 'app-record-page', template: 'record' })
class RecordPage {
  constructor() {
    inject(PageTitle).show({ name: 'KN-2026-000123' });
  }
}

@Component({ selector: 'app-missing-page', template: 'missing' })
class MissingPage {
  constructor() {
    inject(PageTitle).show({ key: 'dialogues.notFound.title' });
  }
}

@Component({ selector: 'app-list-page', template: 'list' })
class ListPage {}

describe('PageTitle and the title strategy', () => {
  let harness: RouterTestingHarness;
  const title = () => TestBed.inject(Title).getTitle();
  const go = async (url: string) => {
    await harness.navigateByUrl(url);
    TestBed.tick();
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'dialogues/missing',
            component: MissingPage,
            title: 'page.dialogues',
          },
          { path: 'cases/:id', component: RecordPage, title: 'page.case' },
          { path: 'inbox', component: ListPage, title: 'page.inbox' },
        ]),
        { provide: TitleStrategy, useClass: I18nTitleStrategy },
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  it('names the screen, then the record it shows, in the language chosen', async () => {
    await go('/inbox');
    expect(title()).toBe('Hộp việc cơ quan · Tiếp Dân');
    await go('/cases/1');
    expect(title()).toBe('KN-2026-000123 · Hồ sơ · Tiếp Dân');
    TestBed.inject(I18n).use('en');
    TestBed.tick();
    expect(title()).toBe('KN-2026-000123 · Case · Tiếp Dân');
  });

  it('says a record was not found instead of naming the screen', async () => {
    await go('/dialogues/missing');
    expect(title()).toBe('Không tìm thấy buổi đối thoại · Tiếp Dân');
  });

  it('forgets the record on the next navigation', async () => {
    await go('/cases/1');
    await go('/inbox');
    expect(title()).toBe('Hộp việc cơ quan · Tiếp Dân');
  });
});
