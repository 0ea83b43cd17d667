import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LETTER_CHANNELS, LETTER_MATTER_TYPES, type AgencyDto, type LetterChannel, type LetterMatterType } from '@tiep-dan/contracts';
import { formatIsoDate, parseIsoDate, vnDayOf, vnInstantOf, type DayNumber, type WorkingCalendar } from '@tiep-dan/workflows';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { UsersService } from '../access/users.service';
import { caseCount } from '../cases/case-read-model';
import { CasesService } from '../cases/cases.service';
import { IntakeService } from '../cases/intake.service';
import { DeadlineSweeper } from '../cases/deadline-sweeper';
import { ApplyCaseEventDto, CreateCaseDto } from '../cases/dto/case.dto';
import { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';
import { DialogueCommitmentsService } from '../dialogues/dialogue-commitments.service';
import { DialogueOpinionsService } from '../dialogues/dialogue-opinions.service';
import { DialoguesService } from '../dialogues/dialogues.service';
import { CreateCommitmentDto } from '../dialogues/dto/dialogue.dto';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationService } from '../organisation/organisation.service';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';
import { Clock } from '../platform/clock/clock';
import { readAppSetting, writeAppSetting } from '../platform/database/app-settings';
import { LogVisitDto } from '../reception/dto/reception.dto';
import { RegisterLetterDto } from '../letters/dto/letter.dto';
import { LettersService } from '../letters/letters.service';
import { receptionDaysFrom } from '../reception/reception-days';
import { ReceptionScheduleService } from '../reception/reception-schedule.service';
import { ReceptionSessionsService } from '../reception/reception-sessions.service';
import { ReceptionVisitsService } from '../reception/reception-visits.service';
import {
  DEMO_CASE_PLAN,
  DEMO_DESK,
  DEMO_DIALOGUE_TITLE,
  DEMO_SESSION_WEEKS,
  type DemoCaseScenario,
  type DemoPayload,
  type DemoStep,
  type DemoValue,
  type When,
} from './demo-case-plan';
import { DEMO_MARKER } from './demo-data';

const DEMO_CASES_LOCK_ID = 7_364_203;
export const DEMO_CASES_MARKER = 'demo_cases_loaded_at';
/** Cases claimed per sweep transaction; a shorter batch means nothing is left. Passes are capped as a safety net. */
const SWEEP_BATCH = 100;
const MAX_SWEEP_PASSES = 20;
const MINUTE = 60_000;

export interface DemoCasesResult {
  loaded: boolean;
  reason: string;
  cases?: number;
  steps?: number;
  ms?: number;
}

type Commune = DemoCaseScenario['commune'];

/** One thing that happened, at its instant, in the order the plan lists it. */
interface TimelineItem {
  at: Date;
  order: number;
  label: string;
  run: () => Promise<void>;
}

/** Everything a replay resolves once: accounts as actors, agencies and neighbourhoods by name, the calendar. */
interface Refs {
  now: Date;
  today: DayNumber;
  calendar: WorkingCalendar;
  actors: Map<string, Actor>;
  agencies: Map<string, AgencyDto>;
  neighbourhoods: Map<string, string>;
  /** Per commune: its past reception days, index 1 = the latest before today. */
  sessionDays: Record<Commune, DayNumber[]>;
}

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo case plan: unknown ${what} "${key}"`);
  return value;
}

/** The same edge checks as the HTTP API (the ValidationPipe), so the plan cannot hold what a user could not send. */
function checked<T extends object>(dto: ClassConstructor<T>, body: object, label: string): T {
  const instance = plainToInstance(dto, body);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new Error(`Demo case plan: ${label} is invalid: ${errors.map((e) => e.toString()).join('; ')}`);
  return instance;
}

/**
 * Replays DEMO_CASE_PLAN into a demo database: every visit, letter, commitment and event goes through the reception
 * services, CasesService and the dialogue services as the named demo account, inside `Clock.runAt(the step's instant)`, in time order,
 * with the deadline sweeper run as of each replayed day and once as of now. Nothing is written behind the machines'
 * back, so the cases look exactly as if the accounts had worked them over the past weeks.
 */
@Injectable()
export class DemoCaseReplay {
  private readonly logger = new Logger('DemoCases');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly organisation: OrganisationService,
    private readonly cases: CasesService,
    private readonly intakeService: IntakeService,
    private readonly letters: LettersService,
    private readonly receptionSchedules: ReceptionScheduleService,
    private readonly receptionSessions: ReceptionSessionsService,
    private readonly receptionVisits: ReceptionVisitsService,
    private readonly dialogues: DialoguesService,
    private readonly dialogueCommitments: DialogueCommitmentsService,
    private readonly dialogueOpinions: DialogueOpinionsService,
    private readonly sweeper: DeadlineSweeper,
    private readonly notifications: NotificationsService,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
  ) {}

  /** Loads the demo cases once, into a demo database that has no case yet. */
  async load(): Promise<DemoCasesResult> {
    const started = Date.now();
    const now = this.clock.now();
    if (!(await this.markers(this.db.manager))) return { loaded: false, reason: 'already loaded, or not a demo database' };
    const refs = await this.refs(now);
    const anyCase = await this.cases.list(must(refs.actors, 'lanhdao.tinh', 'account'), { limit: 1 });
    if (anyCase.items.length) return { loaded: false, reason: 'the database already has cases' };
    if (!(await this.claim(now))) return { loaded: false, reason: 'already loaded' };
    const caseIds = new Map<string, string>();
    const timeline = this.timeline(refs, caseIds);
    await this.sweeper.holdWhile(() => this.replay(timeline, refs));
    const ms = Date.now() - started;
    // More cases than scenarios: a visit's complaint or denunciation, and an assigned proposal, open their own case.
    const cases = await caseCount(this.db);
    await writeAppSetting(this.db.manager, DEMO_CASES_MARKER, {
      loadedAt: now.toISOString(),
      cases,
      scenarios: caseIds.size,
      steps: timeline.length,
      ms,
    });
    return { loaded: true, reason: 'demo database without cases', cases, steps: timeline.length, ms };
  }

  /** True for a database the demo organisation was loaded into and the demo cases were not (yet). */
  private async markers(db: EntityManager): Promise<boolean> {
    return (await readAppSetting(db, DEMO_MARKER)) !== undefined && (await readAppSetting(db, DEMO_CASES_MARKER)) === undefined;
  }

  /** Marks the load as started, once per database (instances starting together are serialised by the lock). */
  private claim(now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [DEMO_CASES_LOCK_ID]);
      if (!(await this.markers(tx))) return false;
      // A failure half-way leaves this value: the next start does not replay over a partial history.
      await writeAppSetting(tx, DEMO_CASES_MARKER, { startedAt: now.toISOString() });
      return true;
    });
  }

  private async replay(timeline: TimelineItem[], refs: Refs): Promise<void> {
    let sweptDay: DayNumber | null = null;
    for (const item of timeline) {
      const day = vnDayOf(item.at);
      if (day !== sweptDay) {
        await Clock.runAt(item.at, () => this.sweep());
        sweptDay = day;
      }
      try {
        await Clock.runAt(item.at, item.run);
      } catch (error) {
        this.logger.error(`Demo case step ${item.label} at ${item.at.toISOString()} failed; the demo cases are partial`);
        throw error;
      }
    }
    await Clock.runAt(refs.now, () => this.sweep());
  }

  /** What the scheduler does every few seconds in production: deadline facts through the machines, then the outbox. */
  private async sweep(): Promise<void> {
    for (let pass = 0; pass < MAX_SWEEP_PASSES && (await this.sweeper.sweepOnce(SWEEP_BATCH)) === SWEEP_BATCH; pass++);
    for (let pass = 0; pass < MAX_SWEEP_PASSES && (await this.notifications.dispatchOnce()) > 0; pass++);
  }

  // ---- the plan as a timeline ----------------------------------------------------------------------------------------

  private timeline(refs: Refs, caseIds: Map<string, string>): TimelineItem[] {
    const items: TimelineItem[] = [];
    const push = (at: Date, label: string, run: () => Promise<void>) => {
      if (at.getTime() > refs.now.getTime()) throw new Error(`Demo case plan: ${label} would happen after now (${at.toISOString()})`);
      items.push({ at, order: items.length, label, run });
    };
    const sessionIds = new Map<string, string>();
    for (const commune of ['AP', 'NK'] as const) {
      const desk = must(refs.actors, DEMO_DESK[commune], 'account');
      for (let n = DEMO_SESSION_WEEKS; n >= 1; n--) {
        const key = `${commune}:${n}`;
        push(this.instant({ session: n, time: '07:30' }, commune, refs), `session ${key}:open`, async () => {
          sessionIds.set(key, (await this.receptionSessions.openSession(desk, { kind: 'scheduled' })).id);
        });
        push(this.instant({ session: n, time: '11:30' }, commune, refs), `session ${key}:close`, async () => {
          await this.receptionSessions.closeSession(desk, must(sessionIds, key, 'session'));
        });
      }
    }
    for (const scenario of DEMO_CASE_PLAN) {
      // Steps keep their order even when moving a day to a working day brings two of them together.
      let previous = 0;
      const at = (when: When) => {
        const instant = Math.max(this.instant(when, scenario.commune, refs).getTime(), previous + 5 * MINUTE);
        previous = instant;
        return new Date(instant);
      };
      const intakeAt = at(scenario.intake.at);
      push(intakeAt, `${scenario.key}:intake`, async () => {
        const id = await this.intake(scenario, intakeAt, refs, caseIds, sessionIds);
        if (id) caseIds.set(scenario.key, id);
      });
      for (const [i, s] of scenario.steps.entries()) {
        const stepAt = at(s.at);
        push(stepAt, `${scenario.key}:${i + 1}:${s.event}`, () => this.apply(scenario.key, s, stepAt, refs, caseIds));
      }
    }
    return items.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  }

  private async intake(
    scenario: DemoCaseScenario,
    at: Date,
    refs: Refs,
    caseIds: Map<string, string>,
    sessionIds: Map<string, string>,
  ): Promise<string | null> {
    const intake = scenario.intake;
    const actor = must(refs.actors, intake.by, 'account');
    const neighbourhood = (name?: string) => (name ? { neighbourhoodId: must(refs.neighbourhoods, name, 'neighbourhood') } : {});
    switch (intake.kind) {
      case 'letter': {
        const { leadAgency, neighbourhood: place, secondComplaintOf, ...request } = intake.request;
        const body = checked(
          CreateCaseDto,
          {
            ...request,
            communeId: must(refs.agencies, scenario.commune, 'agency').id,
            receivedAt: at.toISOString(),
            ...neighbourhood(place),
            ...(leadAgency ? { leadAgencyId: must(refs.agencies, leadAgency, 'agency').id } : {}),
            ...(secondComplaintOf ? { secondComplaintOf: must(caseIds, secondComplaintOf, 'scenario') } : {}),
          },
          scenario.key,
        );
        // A letter with a named sender is registered as a letter (the register of letters shows it); an anonymous
        // one, or a second complaint naming the first, goes in as a case directly.
        const sender = body.petitioner ?? body.denouncer;
        if (sender && isLetterMatter(body.type) && isLetterChannel(body.channel) && !body.secondComplaintOf && body.level !== 'second') {
          const registered = await this.letters.register(
            actor,
            checked(
              RegisterLetterDto,
              {
                channel: body.channel,
                receivedAt: body.receivedAt,
                communeId: body.communeId,
                ...(body.neighbourhoodId ? { neighbourhoodId: body.neighbourhoodId } : {}),
                senders: [
                  {
                    fullName: sender.fullName,
                    ...(sender.address ? { address: sender.address } : {}),
                    ...(sender.phone ? { phone: sender.phone } : {}),
                  },
                ],
                summary: body.summary,
                matters: [
                  {
                    type: body.type,
                    category: body.category,
                    summary: body.summary,
                    ...(body.content ? { content: body.content } : {}),
                    ...(body.leadAgencyId ? { leadAgencyId: body.leadAgencyId } : {}),
                  },
                ],
              },
              scenario.key,
            ),
          );
          return registered.matters[0]?.caseId ?? null;
        }
        // A second complaint goes in on its first case, through the same checks as the desk's (window, next level).
        if (body.secondComplaintOf) return (await this.cases.create(actor, body)).body.id;
        return this.db.transaction((tx) => this.intakeService.open(tx, actor, body));
      }
      case 'visit': {
        const { neighbourhood: place, ...visit } = intake.visit;
        const body = checked(LogVisitDto, { ...visit, ...neighbourhood(place) }, scenario.key);
        const sessionId = must(sessionIds, `${scenario.commune}:${intake.at.session}`, 'session');
        const logged = await this.receptionVisits.logVisit(actor, sessionId, body);
        return logged.cases[0]?.id ?? null;
      }
      case 'commitment': {
        const dialogueId = await this.dialogueId(actor);
        const body = checked(
          CreateCommitmentDto,
          {
            content: intake.content,
            ownerAgencyId: must(refs.agencies, intake.ownerAgency, 'agency').id,
            dueDate: formatIsoDate(vnDayOf(at) + intake.dueInDays),
            category: intake.category,
          },
          scenario.key,
        );
        const dialogue = await this.dialogueCommitments.addCommitment(actor, dialogueId, body);
        return dialogue.commitments.find((c) => c.content === intake.content)?.caseId ?? null;
      }
      case 'opinion': {
        const dialogueId = await this.dialogueId(actor);
        const opinion = (await this.dialogues.get(actor, dialogueId)).opinions.find((o) => o.seq === intake.opinionSeq);
        if (!opinion) throw new Error(`Demo case plan: the demo dialogue has no opinion ${intake.opinionSeq}`);
        const body = checked(
          RaiseOpinionCasesDto,
          { items: [{ opinionId: opinion.id, type: intake.type, leadAgencyId: must(refs.agencies, intake.leadAgency, 'agency').id }] },
          scenario.key,
        );
        const dialogue = await this.dialogueOpinions.raiseCases(actor, dialogueId, body);
        return dialogue.opinions.find((o) => o.id === opinion.id)?.caseId ?? null;
      }
    }
  }

  private async apply(key: string, step: DemoStep, at: Date, refs: Refs, caseIds: Map<string, string>): Promise<void> {
    const actor = must(refs.actors, step.by, 'account');
    const body = checked(
      ApplyCaseEventDto,
      { type: step.event, payload: this.payload(step.payload ?? {}, vnDayOf(at), refs), ...(step.note ? { note: step.note } : {}) },
      key,
    );
    await this.db.transaction((tx) => this.cases.applyEventInTransaction(tx, actor, must(caseIds, key, 'case of scenario'), body));
  }

  private async dialogueId(actor: Actor): Promise<string> {
    const found = (await this.dialogues.list(actor, {})).find((d) => d.title === DEMO_DIALOGUE_TITLE);
    if (!found) throw new Error('Demo case plan: the demo dialogue is missing');
    return found.id;
  }

  // ---- resolving the plan's placeholders -----------------------------------------------------------------------------

  private payload(payload: DemoPayload, stepDay: DayNumber, refs: Refs): Record<string, unknown> {
    return Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, this.value(value, stepDay, refs)]));
  }

  private value(value: DemoValue, stepDay: DayNumber, refs: Refs): unknown {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    if ('agency' in value) return must(refs.agencies, value.agency, 'agency').id;
    if ('daysFromToday' in value) return formatIsoDate(refs.today + value.daysFromToday);
    return formatIsoDate(refs.calendar.addWorking(stepDay, value.workingDaysAfterStep));
  }

  /** The instant of a plan time, in Vietnam time (UTC+7, no daylight saving). */
  private instant(when: When, commune: Commune, refs: Refs): Date {
    if ('minutesAgo' in when) return new Date(refs.now.getTime() - when.minutesAgo * MINUTE);
    const { calendar, today } = refs;
    let day: DayNumber;
    if ('daysAgo' in when)
      day = calendar.isWorking(today - when.daysAgo) ? today - when.daysAgo : calendar.previousWorking(today - when.daysAgo);
    else if ('calendarDaysAgo' in when) day = today - when.calendarDaysAgo;
    else if ('workingDaysAgo' in when) day = calendar.addWorking(today, -when.workingDaysAgo);
    else {
      const sessionDay = refs.sessionDays[commune][when.session];
      if (sessionDay === undefined) throw new Error(`Demo case plan: no reception day ${when.session} in ${commune}`);
      day = when.plusWorkingDays ? calendar.addWorking(sessionDay, when.plusWorkingDays) : sessionDay;
    }
    return vnInstantOf(formatIsoDate(day), when.time);
  }

  private async refs(now: Date): Promise<Refs> {
    const calendar = this.calendar;
    const today = vnDayOf(now);
    const agencyList = await this.organisation.listAgencies();
    const agencies = new Map(agencyList.map((a) => [a.code, a]));
    const byId = new Map(agencyList.map((a) => [a.id, a]));
    const neighbourhoods = new Map((await this.organisation.listNeighbourhoods()).map((n) => [n.name, n.id]));
    const actors = new Map<string, Actor>();
    for (const user of await this.users.list()) {
      const agency = must(byId, user.agencyId, 'agency id');
      // As the access context builds it at sign-in (auth.service.ts); the replay has no login session of its own.
      actors.set(user.username, {
        userId: user.id,
        username: user.username,
        role: user.role,
        agencyId: agency.id,
        communeId: agency.communeId,
        provinceId: agency.provinceId,
        neighbourhoodId: user.neighbourhoodId,
        sessionId: 'demo-replay',
      });
    }
    const sessionDays = {} as Record<Commune, DayNumber[]>;
    for (const commune of ['AP', 'NK'] as const) {
      const { weekday } = await this.receptionSchedules.schedule(must(actors, DEMO_DESK[commune], 'account'));
      // The commune's reception days (holiday Mondays moved) strictly before today, latest first; index 0 unused.
      const days = receptionDaysFrom(formatIsoDate(today - 7 * (DEMO_SESSION_WEEKS + 2)), weekday, DEMO_SESSION_WEEKS + 4, calendar)
        .map((d) => parseIsoDate(d.date))
        .filter((d) => d < today)
        .reverse();
      sessionDays[commune] = [today, ...days.slice(0, DEMO_SESSION_WEEKS)];
    }
    return { now, today, calendar, actors, agencies, neighbourhoods, sessionDays };
  }
}

function isLetterMatter(type: string): type is LetterMatterType {
  return (LETTER_MATTER_TYPES as readonly string[]).includes(type);
}

function isLetterChannel(channel: string): channel is LetterChannel {
  return (LETTER_CHANNELS as readonly string[]).includes(channel);
}
