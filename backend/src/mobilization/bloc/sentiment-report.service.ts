import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CASE_CATEGORIES,
  SENTIMENT_CHANNELS,
  type CaseCategory,
  type DialogueKind,
  type IntakeChannel,
  type SentimentChannel,
  type SentimentChannelRow,
  type SentimentReportDto,
} from '@tiep-dan/contracts';
import { parseIsoDate, startOfVnDay } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { CaseStatistics } from '../../cases/case-statistics';
import { HotSpotsService } from '../../dashboard/hot-spots.service';
import { DialogueStatistics } from '../../dialogues/dialogue-statistics';
import { neighbourhoodsOfCommune } from '../../organisation/organisation-read-model';
import { renderPdf } from '../../platform/documents/pdf-document';
import type { BlocArea } from './bloc-access';
import { sentimentReportPdf, sentimentReportWorkbook, type BlocFile } from './bloc-documents';
import { briefingsHeld, sentimentNotesIn, teamMeetingsHeld, teamOpinionsIn } from './bloc-reports.read-model';
import { BlocService } from './bloc.service';
import { previousQuarter, quarterPeriod, type DayPeriod } from './bloc-periods';
import type { SentimentReportQueryDto } from './dto/bloc.dto';
import { forecastTensions, type SentimentItem } from './tension-forecast';

/** Petitions that came from a dialogue, a team meeting or a voter contact are counted there, as the opinions they were. */
const OPINION_CHANNELS: readonly IntakeChannel[] = ['dialogue', 'mobilization_team', 'voter_contact'];
const EXAMPLES = 3;

/** One thing heard, with where and through which channel. */
interface Heard extends SentimentItem {
  channel: SentimentChannel;
  content: string | null;
  on: string;
}

const DIALOGUE_CHANNEL: Record<DialogueKind, SentimentChannel> = {
  dialogue: 'dialogue',
  seminar: 'seminar',
  voter_contact: 'voter_contact',
  thematic_meeting: 'thematic_meeting',
};

/**
 * The periodic report on what people think (báo cáo tình hình nhân dân) of a commune for a quarter: what came in
 * through each channel, and the tensions it forecasts (tension-forecast.ts) against the quarter before.
 */
@Injectable()
export class SentimentReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bloc: BlocService,
    private readonly cases: CaseStatistics,
    private readonly dialogues: DialogueStatistics,
    private readonly hotSpots: HotSpotsService,
  ) {}

  async report(actor: Actor, query: SentimentReportQueryDto): Promise<SentimentReportDto> {
    return this.build(await this.bloc.area(actor, query.communeId), query);
  }

  async pdf(actor: Actor, query: SentimentReportQueryDto): Promise<BlocFile> {
    const report = await this.report(actor, query);
    return {
      fileName: fileName(report, 'pdf'),
      content: await renderPdf(sentimentReportPdf(report)),
    };
  }

  async workbook(actor: Actor, query: SentimentReportQueryDto): Promise<BlocFile> {
    const report = await this.report(actor, query);
    return {
      fileName: fileName(report, 'xlsx'),
      content: await sentimentReportWorkbook(report),
    };
  }

  /** The report of a commune the caller was already found to follow. */
  async build(area: BlocArea, query: { year: number; quarter: number }): Promise<SentimentReportDto> {
    const period = quarterPeriod(query.year, query.quarter);
    const before = previousQuarter(query.year, query.quarter);
    const span: DayPeriod = { from: before.from, to: period.to };
    const c = area.communeId;
    const [notes, briefings, meetings, opinions, sessions, dialogueOpinions, petitions, earlier, overdue, hot, names] = await Promise.all([
      sentimentNotesIn(this.db.manager, c, span),
      briefingsHeld(this.db.manager, c, period),
      teamMeetingsHeld(this.db.manager, c, period),
      teamOpinionsIn(this.db.manager, c, span),
      this.dialogues.sessionsHeld(c, period.from, period.to),
      this.dialogues.opinions(c, span.from, span.to),
      this.cases.receivedByArea(c, vnStart(period.from), vnStart(period.to, 1)),
      this.cases.receivedByArea(c, vnStart(before.from), vnStart(before.to, 1)),
      this.cases.overdueByArea(c),
      this.hotSpots.active({
        kind: 'commune',
        id: c,
        name: area.communeName,
        scope: { kind: 'commune', communeIds: [c] },
      }),
      neighbourhoodsOfCommune(this.db.manager, c),
    ]);
    const inPeriod = (on: string) => on >= period.from;
    const heard: Heard[] = [
      ...notes.map((n) => ({
        channel: n.channel,
        neighbourhoodId: n.neighbourhood_id,
        category: n.category,
        level: n.level,
        content: n.content,
        on: n.noted_on,
        previous: !inPeriod(n.noted_on),
      })),
      ...opinions.map((o) => ({
        channel: 'mobilization_team' as const,
        neighbourhoodId: o.neighbourhood_id,
        category: o.category,
        content: o.content,
        on: o.held_on,
        previous: !inPeriod(o.held_on),
      })),
      ...dialogueOpinions.map((o) => ({
        channel: DIALOGUE_CHANNEL[o.kind],
        neighbourhoodId: o.neighbourhoodId,
        category: o.category,
        content: o.content,
        on: o.heldOn,
        previous: !inPeriod(o.heldOn),
      })),
      ...[...petitions.map((p) => ({ ...p, previous: false })), ...earlier.map((p) => ({ ...p, previous: true }))]
        .filter((p) => !OPINION_CHANNELS.includes(p.channel))
        .flatMap((p) =>
          Array.from({ length: p.count }, () => ({
            channel: 'petitions' as const,
            neighbourhoodId: p.neighbourhoodId,
            category: p.category,
            content: null,
            on: '',
            previous: p.previous,
          })),
        ),
    ];
    const current = heard.filter((h) => !h.previous);
    const events: Partial<Record<SentimentChannel, number>> = {
      briefing: briefings,
      mobilization_team: meetings,
    };
    for (const s of sessions) events[DIALOGUE_CHANNEL[s.kind]] = (events[DIALOGUE_CHANNEL[s.kind]] ?? 0) + s.count;
    const channels = SENTIMENT_CHANNELS.map((channel): SentimentChannelRow => {
      const items = current.filter((h) => h.channel === channel);
      const byCategory: Partial<Record<CaseCategory, number>> = {};
      for (const h of items) byCategory[h.category] = (byCategory[h.category] ?? 0) + 1;
      return {
        channel,
        events: events[channel] ?? items.length,
        items: items.length,
        byCategory,
        examples: items
          .filter((h) => h.content)
          .sort((a, b) => b.on.localeCompare(a.on))
          .slice(0, EXAMPLES)
          .map((h) => h.content as string),
      };
    });
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return {
      communeId: c,
      communeName: area.communeName,
      year: query.year,
      quarter: query.quarter,
      from: period.from,
      to: period.to,
      channels,
      totalItems: current.length,
      byCategory: CASE_CATEGORIES.map((category) => ({
        category,
        items: current.filter((h) => h.category === category).length,
      })).filter((r) => r.items > 0),
      hotSpots: hot.map((h) => ({ title: h.title, detectedAt: h.detectedAt })),
      tensions: forecastTensions(
        heard,
        overdue,
        hot
          .filter((h) => h.category)
          .map((h) => ({
            neighbourhoodId: h.neighbourhoodId,
            category: h.category as CaseCategory,
          })),
        (id) => (id ? (nameOf.get(id) ?? null) : null),
      ),
    };
  }
}

const fileName = (r: SentimentReportDto, ext: string) => `bao-cao-tinh-hinh-nhan-dan-quy-${r.quarter}-${r.year}.${ext}`;

/** The instant a Vietnam calendar day (plus `days`) starts. */
function vnStart(day: string, days = 0): Date {
  return startOfVnDay(parseIsoDate(day) + days);
}
