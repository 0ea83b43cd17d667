import { ChangeDetectionStrategy, Component } from '@angular/core';
import { BriefingsPanel } from './briefings-panel';
import { SentimentReportPanel } from './sentiment-report-panel';

/** Knowing what people think: the quarterly report, what members note, the bloc's briefings. */
@Component({
  selector: 'app-sentiment-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BriefingsPanel, SentimentReportPanel],
  template: `
    <app-sentiment-report-panel #report />
    <app-briefings-panel (changed)="report.load()" />
  `,
})
export class SentimentTab {}
