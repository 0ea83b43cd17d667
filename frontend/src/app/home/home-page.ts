import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { VisibleNav } from '../shell/visible-nav';

/** The landing screen: what the product is and a card per screen. */
@Component({
  selector: 'app-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, TranslatePipe, PageHeader],
  template: `
    <app-page-header [title]="'home.title' | t" [subtitle]="'home.intro' | t" />
    <div class="cards">
      @for (item of items(); track item.path) {
        <a class="card-link" [routerLink]="'/' + item.path">
          <mat-card appearance="outlined">
            <mat-card-header
              ><mat-card-title>{{ item.label | t }}</mat-card-title></mat-card-header
            >
            <mat-card-content
              ><p>{{ item.about | t }}</p></mat-card-content
            >
          </mat-card>
        </a>
      }
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 16px;
    }
    .card-link {
      text-decoration: none;
      color: inherit;
      border-radius: 12px;
    }
    .card-link:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
    }
    mat-card {
      height: 100%;
    }
  `,
})
export class HomePage {
  protected readonly items = inject(VisibleNav).items;
}
