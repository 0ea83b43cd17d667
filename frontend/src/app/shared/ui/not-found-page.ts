import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeader } from './page-header';

@Component({
  selector: 'app-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeader],
  template: `
    <app-page-header [title]="'page.notFound' | t" />
    <a mat-flat-button routerLink="/">{{ 'page.notFound.back' | t }}</a>
  `,
})
export class NotFoundPage {}
