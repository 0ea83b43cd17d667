import request from 'supertest';
import {
  CASE_TYPES,
  type CaseDetailDto,
  type CasePage,
  type CaseSummaryDto,
  type InboxSummaryDto,
  type LetterPage,
  type OverviewDto,
  type ReceptionRegisterDto,
  type ReceptionSessionDto,
} from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../src/bootstrap';
import { DEMO_CASES_MARKER } from '../src/demo/demo-cases';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/** The first start of an empty database in demo mode, with the demo cases on (DEMO_CASES, off by default in tests). */
describe.each(testDatabases())('demo data on $kind', (db) => {
  let t: TestApp;
  let startMs: number;
  const http = () => request(t.app.getHttpServer());
  const tokens = new Map<string, string>();

  async function as(username: string): Promise<Record<string, string>> {
    let token = tokens.get(username);
    if (!token) tokens.set(username, (token = (await login(t, username)).accessToken));
    return bearer(token);
  }

  async function allCases(username: string): Promise<CaseSummaryDto[]> {
    const res = await http()
      .get('/api/cases')
      .query({ limit: 200 })
      .set(await as(username))
      .expect(200);
    const page = res.body as CasePage;
    expect(page.nextCursor).toBeNull();
    return page.items;
  }

  beforeAll(async () => {
    const started = Date.now();
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false', DEMO_CASES: 'true' });
    startMs = Date.now() - started;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('replays several weeks of cases of every type in both communes, quickly', async () => {
    const [marker]: { value: { cases: number; steps: number; ms: number } }[] = await t.app
      .get(DataSource)
      .query(`SELECT value FROM app_settings WHERE key = $1`, [DEMO_CASES_MARKER]);
    console.info(
      `${db.kind}: app start ${startMs} ms, demo cases replay ${marker.value.ms} ms (${marker.value.cases} cases, ${marker.value.steps} steps)`,
    );
    expect(marker.value.cases).toBeGreaterThanOrEqual(40);
    expect(marker.value.ms).toBeLessThan(60_000);

    const cases = await allCases('lanhdao.tinh');
    expect(cases.length).toBe(marker.value.cases);
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(CASE_TYPES));
    const communes = (
      await http()
        .get('/api/agencies')
        .set(await as('quantri'))
        .expect(200)
    ).body as { id: string; code: string }[];
    const idOf = (code: string) => communes.find((a) => a.code === code)?.id;
    expect(new Set(cases.map((c) => c.communeId))).toEqual(new Set([idOf('AP'), idOf('NK')]));
    const oldest = Math.min(...cases.map((c) => new Date(c.receivedAt).getTime()));
    expect(t.clock.now().getTime() - oldest).toBeGreaterThan(35 * 86_400_000);
    // Every lifecycle shows up: open and closed, suspended, on time, due soon and overdue.
    const states = new Set(cases.map((c) => `${c.type}:${c.state}`));
    for (const s of [
      'reception:logged',
      'reception:assigned',
      'reception:reported',
      'reception:answered',
      'reception:closed',
      'reception:guided',
      'complaint:received',
      'complaint:accepted.verification',
      'complaint:accepted.dialogueScheduled',
      'complaint:accepted.awaitingApproval',
      'complaint:notified',
      'complaint:closed',
      'complaint:suspended',
      'complaint:guided',
      'complaint:archived',
      'complaint:terminated',
      'denunciation:received',
      'denunciation:accepted.verification',
      'denunciation:suspended',
      'denunciation:forwarded',
      'denunciation:archived',
      'denunciation:closed',
      'proposal:assigned',
      'proposal:awaitingApproval',
      'proposal:transferred',
      'reflection:closed',
      'commitment:inProgress',
      'commitment:verified',
    ])
      expect(states).toContain(s);
    for (const status of ['on_time', 'due_soon', 'overdue', 'suspended', 'none'])
      expect(cases.map((c) => c.deadlineStatus)).toContain(status);
  });

  it('records every case through its machine: history from CREATED, one row per version, states chained', async () => {
    for (const summary of await allCases('lanhdao.tinh')) {
      const c = (
        await http()
          .get(`/api/cases/${summary.id}`)
          .set(await as('lanhdao.tinh'))
          .expect(200)
      ).body as CaseDetailDto;
      expect(c.history[0]).toMatchObject({ seq: 1, type: 'CREATED', fromState: null });
      expect(c.version).toBe(c.history.length);
      c.history.forEach((h, i) => {
        expect(h.seq).toBe(i + 1);
        if (i > 0) {
          expect(h.fromState).toBe(c.history[i - 1].toState);
          expect(new Date(h.at).getTime()).toBeGreaterThanOrEqual(new Date(c.history[i - 1].at).getTime());
        }
      });
      expect(c.history[c.history.length - 1].toState).toBe(c.state);
      expect(c.lifecycle.states.map((s) => s.id)).toContain(c.state);
      expect(new Date(c.history[0].at).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
      if (c.type === 'denunciation') expect(c.parties).toEqual([]);
    }
  });

  it('keeps denouncers in the vault, revealed only to whom the law allows', async () => {
    const denunciations = (await allCases('lanhdao.anphu')).filter((c) => c.type === 'denunciation');
    expect(denunciations.every((c) => c.citizenName === null)).toBe(true);
    const closed = denunciations.find((c) => c.state === 'closed');
    expect(closed).toBeDefined();
    const detail = (
      await http()
        .get(`/api/cases/${closed?.id}`)
        .set(await as('lanhdao.anphu'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(detail.hasConfidentialIdentity).toBe(true);
    const revealed = await http()
      .post(`/api/cases/${closed?.id}/identity/reveal`)
      .set(await as('lanhdao.anphu'))
      .send({ reason: 'Kiểm tra dữ liệu demo' });
    expect(revealed.status).toBe(200);
    expect(revealed.body).toMatchObject({ fullName: 'Cao Văn Kiên' });
  });

  it("fills the land office's inbox and the leader's overview", async () => {
    const counts = (
      (
        await http()
          .get('/api/inbox/summary')
          .set(await as('chuyenvien.diachinh'))
          .expect(200)
      ).body as InboxSummaryDto
    ).counts;
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
    const head = (
      (
        await http()
          .get('/api/inbox/summary')
          .set(await as('truong.diachinh'))
          .expect(200)
      ).body as InboxSummaryDto
    ).counts;
    expect(head.awaiting_approval).toBeGreaterThanOrEqual(2);

    const overview = (
      await http()
        .get('/api/dashboard/overview')
        .set(await as('lanhdao.anphu'))
        .expect(200)
    ).body as OverviewDto;
    expect(overview.totals.overdue).toBeGreaterThan(0);
    expect(overview.totals.dueSoon).toBeGreaterThan(0);
    const remote = (
      await http()
        .get('/api/dashboard/overview')
        .set(await as('lanhdao.namkhoa'))
        .expect(200)
    ).body as OverviewDto;
    expect(remote.totals.open).toBeGreaterThan(0);
  });

  it('holds closed weekly sessions with their register, and leaves today to the desk', async () => {
    const sessions = (
      await http()
        .get('/api/reception/sessions')
        .set(await as('tiepdan.anphu'))
        .expect(200)
    ).body as ReceptionSessionDto[];
    const closed = sessions.filter((s) => s.status === 'closed');
    expect(closed.length).toBe(6);
    expect(sessions.some((s) => s.status === 'open')).toBe(false);
    const withVisits = closed.find((s) => s.visitCount >= 2);
    const register = (
      await http()
        .get('/api/reception/register')
        .query({ sessionId: withVisits?.id })
        .set(await as('tiepdan.anphu'))
        .expect(200)
    ).body as ReceptionRegisterDto;
    expect(register.rows.length).toBe(withVisits?.visitCount);
    const group = (await allCases('lanhdao.anphu')).find((c) => c.type === 'reception' && c.summary.includes('tái chế nhựa'));
    expect(group).toBeDefined();
    const detail = (
      await http()
        .get(`/api/cases/${group?.id}`)
        .set(await as('lanhdao.anphu'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(detail.groupSize).toBe(12);
  });

  it('registers the letters it replays, each matter a case on its own clock', async () => {
    const letters = (
      await http()
        .get('/api/letters')
        .set(await as('tiepdan.anphu'))
        .expect(200)
    ).body as LetterPage;
    expect(letters.items.length).toBeGreaterThan(5);
    expect(new Set(letters.items.flatMap((l) => l.matters.map((m) => m.type)))).toEqual(
      new Set(['complaint', 'denunciation', 'proposal', 'reflection']),
    );
    // A letter carrying a denunciation names no sender.
    for (const l of letters.items.filter((x) => x.matters.some((m) => m.type === 'denunciation'))) expect(l.senders).toEqual([]);
  });

  it('adds nothing on a restart of the same database', async () => {
    const before = (await allCases('lanhdao.tinh')).length;
    await t.close();
    let again: RunningApp | undefined;
    try {
      again = await createApp(t.config, { clock: t.clock, database: t.database });
      const rows: { n: number }[] = await again.app.get(DataSource).query(`SELECT count(*)::int AS n FROM cases`);
      expect(rows[0].n).toBe(before);
    } finally {
      await again?.close();
    }
  });
});
