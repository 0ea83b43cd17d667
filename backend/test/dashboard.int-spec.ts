import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto, CaseListQuery, CasePage, OverviewCounts, OverviewDto } from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { HotSpotsService } from '../src/dashboard/hot-spots.service';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const PASSWORD = 'KiemThu2026abc';

/**
 * The leader overview, hot spots and digest (the periodic reports: reports.int-spec.ts), checked number by number against cases created in a commune
 * made for this test (so demo data elsewhere cannot change the figures).
 */
describe.each(testDatabases())('leader overview and reports on $kind', (db) => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;
  const ids: Record<string, string> = {};
  const cases: Record<string, CaseDetailDto> = {};

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username, username.startsWith('tk.') ? PASSWORD : undefined)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function post<T>(username: string, url: string, body: object): Promise<T> {
    const res = await http()
      .post(url)
      .set(await auth(username))
      .send(body);
    if (res.status !== 201 && res.status !== 200) throw new Error(`POST ${url} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  async function create(key: string, username: string, body: Record<string, unknown>): Promise<void> {
    cases[key] = await post<CaseDetailDto>(username, '/api/cases', {
      channel: 'post',
      summary: `Hồ sơ kiểm thử ${key}`,
      communeId: ids['TK'],
      petitioner: { fullName: `Công dân ${key}` },
      ...body,
    });
  }

  async function send(key: string, username: string, type: string, payload: Record<string, unknown> = {}): Promise<void> {
    await post(username, `/api/cases/${cases[key].id}/events`, {
      type,
      payload,
    });
  }

  async function overview(username: string, communeId?: string): Promise<OverviewDto> {
    const res = await http()
      .get('/api/dashboard/overview')
      .query(communeId ? { communeId } : {})
      .set(await auth(username));
    expect(res.status).toBe(200);
    return res.body as OverviewDto;
  }

  /** Every case behind a drill-down (all pages). */
  async function drill(username: string, query: CaseListQuery): Promise<string[]> {
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await http()
        .get('/api/cases')
        .query({ ...query, limit: 200, ...(cursor ? { cursor } : {}) })
        .set(await auth(username));
      expect(res.status).toBe(200);
      const page = res.body as CasePage;
      codes.push(...page.items.map((c) => c.code));
      cursor = page.nextCursor;
    } while (cursor);
    return codes.sort();
  }

  const codes = (...keys: string[]) => keys.map((k) => cases[k].code).sort();
  const counts = (open: number, dueSoon: number, overdue: number): OverviewCounts => ({ open, dueSoon, overdue });

  async function sweep(): Promise<void> {
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
  }

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    t.clock.set('2026-03-02T01:00:00.000Z');
    const agencies = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    const province = agencies.find((a) => a.code === 'MA');
    if (!province) throw new Error('demo province missing');
    ids['MA'] = province.id;
    const agency = async (code: string, kind: string, parentId: string, name: string) =>
      (ids[code] = (
        await post<AgencyDto>('quantri', '/api/agencies', {
          code,
          kind,
          parentId,
          name,
        })
      ).id);
    await agency('TK', 'commune', province.id, 'Phường Kiểm Thử');
    await agency('TK-DC', 'unit', ids['TK'], 'Địa chính phường Kiểm Thử');
    await agency('TK-CA', 'unit', ids['TK'], 'Công an phường Kiểm Thử');
    for (const [key, name] of [
      ['N1', 'Tổ dân phố 1'],
      ['N2', 'Tổ dân phố 2'],
    ]) {
      ids[key] = (
        await post<{ id: string }>('quantri', '/api/neighbourhoods', {
          communeId: ids['TK'],
          kind: 'to_dan_pho',
          name,
        })
      ).id;
    }
    for (const [username, role, agencyCode] of [
      ['tk.lanhdao', 'leader', 'TK'],
      ['tk.tiepdan', 'reception_officer', 'TK'],
      ['tk.diachinh', 'agency_handler', 'TK-DC'],
    ]) {
      const user = await post<{ id: string }>('quantri', '/api/users', {
        username,
        fullName: `Cán bộ ${username}`,
        password: PASSWORD,
        role,
        agencyId: ids[agencyCode],
      });
      ids[username] = user.id;
    }
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('builds the cases of the story: visits, complaints and a proposal over two weeks', async () => {
    // Monday 2 March 2026, 08:00 in Vietnam.
    const land = { neighbourhoodId: ids['N1'], category: 'land' };
    await create('D', 'tk.tiepdan', {
      type: 'reception',
      channel: 'reception',
      groupSize: 6,
      ...land,
    });
    await create('E', 'tk.tiepdan', {
      type: 'reception',
      channel: 'reception',
      neighbourhoodId: ids['N2'],
      category: 'environment',
    });
    await create('F', 'tk.tiepdan', {
      type: 'reception',
      channel: 'reception',
      neighbourhoodId: ids['N2'],
      category: 'social_policy',
    });
    await create('H', 'tk.tiepdan', {
      type: 'complaint',
      leadAgencyId: ids['TK-DC'],
      neighbourhoodId: ids['N2'],
      category: 'other',
    });
    await send('D', 'tk.lanhdao', 'GUIDE', {
      body: 'Hướng dẫn đến Tòa án nhân dân khu vực',
    });
    await send('E', 'tk.lanhdao', 'REFUSE', { reason: 'not_a_petition' });
    await send('H', 'tk.diachinh', 'TRIAGE_GUIDE', {
      body: 'Hướng dẫn gửi UBND tỉnh',
    });
    // Thursday 5 March: a proposal. A complaint awaiting acceptance runs 10 calendar days (before 1 July 2026): two land
    // complaints on Friday 6 March (due Monday 16 March), one for the police on Saturday 7 March (due Tuesday 17 March),
    // and H's complaint again on Monday 9 March (due Thursday 19 March).
    t.clock.set('2026-03-05T03:00:00.000Z');
    await create('G', 'tk.tiepdan', {
      type: 'proposal',
      leadAgencyId: ids['TK-DC'],
      ...land,
    });
    t.clock.set('2026-03-06T01:00:00.000Z');
    await create('A', 'tk.tiepdan', {
      type: 'complaint',
      leadAgencyId: ids['TK-DC'],
      ...land,
    });
    await create('B', 'tk.tiepdan', {
      type: 'complaint',
      leadAgencyId: ids['TK-DC'],
      groupSize: 3,
      ...land,
    });
    t.clock.set('2026-03-07T02:00:00.000Z');
    await create('C', 'tk.tiepdan', {
      type: 'complaint',
      leadAgencyId: ids['TK-CA'],
      neighbourhoodId: ids['N2'],
      category: 'construction',
    });
    t.clock.set('2026-03-09T02:00:00.000Z');
    await create('I', 'tk.tiepdan', {
      type: 'complaint',
      leadAgencyId: ids['TK-DC'],
      // The same complaint again after H was closed (guided): a repeat. (A second complaint needs a first decision.)
      duplicateOf: cases['H'].id,
      neighbourhoodId: ids['N2'],
      category: 'other',
    });
    expect(cases['A'].dueAt).toBe('2026-03-16T16:59:59.999Z');
    expect(cases['C'].dueAt).toBe('2026-03-17T16:59:59.999Z');
    expect(Date.parse(cases['G'].dueSoonAt ?? '')).toBeLessThan(Date.parse('2026-03-18T02:00:00.000Z'));
    expect(Date.parse(cases['G'].dueAt ?? '')).toBeGreaterThan(Date.parse('2026-03-18T02:00:00.000Z'));
    expect(Date.parse(cases['I'].dueSoonAt ?? '')).toBeLessThan(Date.parse('2026-03-18T02:00:00.000Z'));
  });

  it('flags a group visit and a repeated complaint as soon as they are recorded, without waiting for the job', async () => {
    const view = await overview('tk.lanhdao');
    expect(view.hotSpots.map((h) => h.kind).sort()).toEqual(['group_visit', 'repeat_complaint']);
    expect(view.hotSpots.find((h) => h.kind === 'group_visit')?.caseIds).toEqual([cases['D'].id]);
  });

  it('flags hot spots once and notifies the leaders once', async () => {
    const hotSpots = t.app.get(HotSpotsService);
    // Four land cases in Tổ dân phố 1 within 14 days: a cluster once the threshold is 4.
    await http()
      .put('/api/dashboard/hot-spot-settings')
      .set(await auth('tk.lanhdao'))
      .send({ windowDays: 14, clusterMinCases: 4, groupMinPeople: 5 })
      .expect(403);
    await http()
      .put('/api/dashboard/hot-spot-settings')
      .set(await auth('lanhdao.tinh'))
      .send({ windowDays: 14, clusterMinCases: 0, groupMinPeople: 5 })
      .expect(400);
    const saved = await http()
      .put('/api/dashboard/hot-spot-settings')
      .set(await auth('lanhdao.tinh'))
      .send({ windowDays: 14, clusterMinCases: 4, groupMinPeople: 5 });
    expect(saved.status).toBe(200);
    expect(
      (
        await http()
          .get('/api/dashboard/hot-spot-settings')
          .set(await auth('tk.lanhdao'))
          .expect(200)
      ).body,
    ).toEqual({ windowDays: 14, clusterMinCases: 4, groupMinPeople: 5 });

    // The group visit and the repeat were flagged at intake; the lowered threshold makes the cluster, the sweep's to find.
    expect((await hotSpots.detect()).raised).toBe(1);
    expect(await hotSpots.detect()).toEqual({ raised: 0, cleared: 0 });
    // Two instances ticking in the same slot: one claims it.
    const runs = await Promise.all([hotSpots.runHotSpotJob(), hotSpots.runHotSpotJob()]);
    expect(runs.filter(Boolean)).toHaveLength(1);

    const view = await overview('tk.lanhdao');
    const byKind = Object.fromEntries(view.hotSpots.map((h) => [h.kind, h]));
    expect(Object.keys(byKind).sort()).toEqual(['cluster', 'group_visit', 'repeat_complaint']);
    expect(byKind['cluster']).toMatchObject({
      neighbourhoodId: ids['N1'],
      category: 'land',
      caseCount: 4,
    });
    expect([...byKind['cluster'].caseIds].sort()).toEqual(['A', 'B', 'D', 'G'].map((k) => cases[k].id).sort());
    expect(byKind['group_visit'].caseIds).toEqual([cases['D'].id]);
    expect(byKind['repeat_complaint'].caseIds).toEqual([cases['H'].id, cases['I'].id]);
    expect(byKind['cluster'].title.vi).toBe('Điểm nóng: 4 đơn về đất đai tại Tổ dân phố 1, Phường Kiểm Thử');

    const notes = await sql<{ user_id: string; n: number }>(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE kind = 'hot_spot' AND case_id = ANY($1::uuid[]) GROUP BY user_id`,
      [Object.values(cases).map((c) => c.id)],
    );
    const perUser = Object.fromEntries(notes.map((r) => [r.user_id, r.n]));
    const [provinceLeader] = await sql<{ id: string }>(`SELECT id FROM users WHERE username = 'lanhdao.tinh'`);
    const [otherLeader] = await sql<{ id: string }>(`SELECT id FROM users WHERE username = 'lanhdao.anphu'`);
    expect(perUser[ids['tk.lanhdao']]).toBe(3);
    expect(perUser[provinceLeader.id]).toBe(3);
    expect(perUser[otherLeader.id]).toBeUndefined();
  });

  it('shows every number of the overview, each one matching the cases behind it', async () => {
    // Wednesday 18 March 2026, 09:00 in Vietnam: A, B, F passed their deadline on 16 March, C on 17 March.
    t.clock.set('2026-03-18T02:00:00.000Z');
    await sweep();
    const view = await overview('tk.lanhdao');
    expect(view.area).toEqual({
      kind: 'commune',
      id: ids['TK'],
      name: 'Phường Kiểm Thử',
    });
    expect(view.totals).toEqual(counts(6, 2, 4));
    // Each case counts against whoever must act next (issue 15): the proposal G awaits the desk's triage, not the land
    // office it was sent to, and the visit F the leader's direction.
    const agencyRows = Object.fromEntries(view.byAgency.map((r) => [`${r.party}:${r.agencyName ?? r.communeName}`, r]));
    const other = { communeId: null, communeName: null };
    expect(agencyRows).toEqual({
      'agency:Địa chính phường Kiểm Thử': {
        party: 'agency',
        agencyId: ids['TK-DC'],
        agencyName: 'Địa chính phường Kiểm Thử',
        ...other,
        ...counts(3, 1, 2),
        maxDaysOverdue: 2,
      },
      'agency:Công an phường Kiểm Thử': {
        party: 'agency',
        agencyId: ids['TK-CA'],
        agencyName: 'Công an phường Kiểm Thử',
        ...other,
        ...counts(1, 0, 1),
        maxDaysOverdue: 1,
      },
      'leader:Phường Kiểm Thử': {
        party: 'leader',
        agencyId: null,
        agencyName: null,
        communeId: ids['TK'],
        communeName: 'Phường Kiểm Thử',
        ...counts(1, 0, 1),
        maxDaysOverdue: 2,
      },
      'desk:Phường Kiểm Thử': {
        party: 'desk',
        agencyId: null,
        agencyName: null,
        communeId: ids['TK'],
        communeName: 'Phường Kiểm Thử',
        ...counts(1, 1, 0),
        maxDaysOverdue: 0,
      },
    });
    expect(view.byAgency[0].agencyId).toBe(ids['TK-DC']);
    expect(view.byType).toEqual([
      { type: 'reception', ...counts(1, 0, 1) },
      { type: 'complaint', ...counts(4, 1, 3) },
      { type: 'proposal', ...counts(1, 1, 0) },
    ]);
    expect(view.byCategory).toEqual([
      { category: 'land', ...counts(3, 1, 2) },
      { category: 'construction', ...counts(1, 0, 1) },
      { category: 'social_policy', ...counts(1, 0, 1) },
      { category: 'other', ...counts(1, 1, 0) },
    ]);
    const byName = [...view.byNeighbourhood].sort((a, b) => (a.neighbourhoodName ?? '').localeCompare(b.neighbourhoodName ?? ''));
    expect(byName).toEqual([
      {
        neighbourhoodId: ids['N1'],
        neighbourhoodName: 'Tổ dân phố 1',
        communeId: ids['TK'],
        communeName: 'Phường Kiểm Thử',
        ...counts(3, 1, 2),
      },
      {
        neighbourhoodId: ids['N2'],
        neighbourhoodName: 'Tổ dân phố 2',
        communeId: ids['TK'],
        communeName: 'Phường Kiểm Thử',
        ...counts(3, 1, 2),
      },
    ]);
    expect(view.byCommune).toEqual([
      {
        communeId: ids['TK'],
        communeName: 'Phường Kiểm Thử',
        ...counts(6, 2, 4),
      },
    ]);
    expect(view.worstOverdue.map((r) => [r.code, r.daysOverdue])).toEqual([
      ...codes('A', 'B', 'F').map((c) => [c, 2]),
      [cases['C'].code, 1],
    ]);
    expect(view.worstOverdue[0]).toMatchObject({
      overdueSince: '2026-03-16T16:59:59.999Z',
      communeName: 'Phường Kiểm Thử',
    });
    expect(JSON.stringify(view.worstOverdue)).not.toContain('Công dân');
    // Twelve weeks ending with the current one (Monday 16 March).
    expect(view.trend).toHaveLength(12);
    expect(view.trend[11].weekStart).toBe('2026-03-16');
    expect(view.trend[0].weekStart).toBe('2025-12-29');
    const week = (day: string) => view.trend.find((w) => w.weekStart === day);
    // H's second complaint came on Monday 9 March, the other eight cases in the week of 2 March.
    expect(week('2026-03-09')).toMatchObject({ received: 1 });
    expect(week('2026-03-02')).toEqual({
      weekStart: '2026-03-02',
      received: 8,
      resolved: 3,
      becameOverdue: 0,
    });
    expect(week('2026-03-16')).toEqual({
      weekStart: '2026-03-16',
      received: 0,
      resolved: 0,
      becameOverdue: 4,
    });
    expect(view.trend.reduce((s, w) => s + w.received + w.resolved + w.becameOverdue, 0)).toBe(16);

    // The trend comes from counters kept by triggers: they agree with a recount of the cases and their history.
    const recount = await sql<{
      week: string;
      received: number;
      resolved: number;
      overdue: number;
    }>(
      `SELECT to_char(w, 'YYYY-MM-DD') AS week, sum(r)::int AS received, sum(s)::int AS resolved, sum(o)::int AS overdue FROM (
         SELECT date_trunc('week', received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS w, 1 AS r, 0 AS s, 0 AS o FROM cases WHERE commune_id = $1
         UNION ALL SELECT date_trunc('week', closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 0, 1, 0 FROM cases WHERE commune_id = $1 AND closed_at IS NOT NULL
         UNION ALL SELECT date_trunc('week', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 0, 0, 1 FROM case_events e JOIN cases c ON c.id = e.case_id
           WHERE c.commune_id = $1 AND e.type = 'DEADLINE_PASSED') x GROUP BY w`,
      [ids['TK']],
    );
    for (const r of recount)
      expect(week(r.week)).toEqual({
        weekStart: r.week,
        received: r.received,
        resolved: r.resolved,
        becameOverdue: r.overdue,
      });

    // Every number drills down to exactly its cases.
    const u = 'tk.lanhdao';
    expect(await drill(u, { open: true })).toEqual(codes('A', 'B', 'C', 'F', 'G', 'I'));
    expect(await drill(u, { open: true, overdue: true })).toEqual(codes('A', 'B', 'C', 'F'));
    expect(await drill(u, { open: true, dueSoon: true })).toEqual(codes('G', 'I'));
    for (const row of view.byAgency.filter((r) => r.party !== 'agency' || r.agencyId)) {
      const agency: CaseListQuery = {
        pendingParty: row.party,
        ...(row.agencyId ? { leadAgencyId: row.agencyId } : {}),
        ...(row.communeId ? { communeId: row.communeId } : {}),
      };
      expect((await drill(u, { ...agency, open: true })).length).toBe(row.open);
      expect((await drill(u, { ...agency, open: true, overdue: true })).length).toBe(row.overdue);
      expect((await drill(u, { ...agency, open: true, dueSoon: true })).length).toBe(row.dueSoon);
    }
    expect(await drill(u, { leadAgencyId: ids['TK-DC'], open: true, overdue: true })).toEqual(codes('A', 'B'));
    expect(
      await drill(u, {
        communeId: ids['TK'],
        pendingParty: 'desk',
        open: true,
        dueSoon: true,
      }),
    ).toEqual(codes('G'));
    for (const row of view.byType) {
      expect((await drill(u, { type: row.type, open: true, overdue: true })).length).toBe(row.overdue);
      expect((await drill(u, { type: row.type, open: true })).length).toBe(row.open);
    }
    for (const row of view.byCategory)
      expect((await drill(u, { category: row.category, open: true, overdue: true })).length).toBe(row.overdue);
    for (const row of view.byNeighbourhood) {
      expect(
        (
          await drill(u, {
            neighbourhoodId: row.neighbourhoodId as string,
            open: true,
            dueSoon: true,
          })
        ).length,
      ).toBe(row.dueSoon);
    }
    const received = await drill(u, {
      receivedFrom: '2026-03-01T17:00:00.000Z',
      receivedTo: '2026-03-08T17:00:00.000Z',
    });
    // The week's eight (I came on Monday 9 March).
    expect(received).toHaveLength(8);
    expect(
      await drill(u, {
        closedFrom: '2026-03-01T17:00:00.000Z',
        closedTo: '2026-03-08T17:00:00.000Z',
      }),
    ).toEqual(codes('D', 'E', 'H'));
  });

  it('scopes the overview: province leaders and inspectors may narrow to a commune; others get 404 or 403', async () => {
    const commune = await overview('tk.lanhdao');
    for (const user of ['lanhdao.tinh', 'thanhtra.tinh']) {
      const narrowed = await overview(user, ids['TK']);
      expect({ ...narrowed, asOf: '' }).toEqual({ ...commune, asOf: '' });
      const province = await overview(user);
      expect(province.area).toMatchObject({ kind: 'province', id: ids['MA'] });
      expect(province.byCommune.find((r) => r.communeId === ids['TK'])).toEqual({
        communeId: ids['TK'],
        communeName: 'Phường Kiểm Thử',
        ...counts(6, 2, 4),
      });
      const sum = province.byCommune.reduce(
        (s, r) => ({
          open: s.open + r.open,
          dueSoon: s.dueSoon + r.dueSoon,
          overdue: s.overdue + r.overdue,
        }),
        counts(0, 0, 0),
      );
      expect(sum).toEqual(province.totals);
      // Every commune of the province is listed, one with no open case with zeros.
      const communes = await sql<{ id: string }>(`SELECT id FROM agencies WHERE kind = 'commune' AND active AND province_id = $1`, [
        ids['MA'],
      ]);
      expect(province.byCommune.map((r) => r.communeId).sort()).toEqual(communes.map((r) => r.id).sort());
      const quiet = communes.filter((c) => !province.byAgency.some((r) => r.communeId === c.id));
      expect(quiet.length).toBeGreaterThan(0);
      expect(province.byAgency.reduce((s, r) => s + r.overdue, 0)).toBe(province.totals.overdue);
    }
    await http()
      .get('/api/dashboard/overview')
      .query({ communeId: ids['TK'] })
      .set(await auth('lanhdao.anphu'))
      .expect(404);
    const other = await overview('lanhdao.anphu');
    expect(other.byCommune.every((r) => r.communeId !== ids['TK'])).toBe(true);
    await http()
      .get('/api/dashboard/overview')
      .set(await auth('tk.diachinh'))
      .expect(403);
    await http()
      .get('/api/dashboard/overview')
      .query({ communeId: 'nope' })
      .set(await auth('lanhdao.tinh'))
      .expect(400);
    await http().get('/api/dashboard/overview').expect(401);
  });

  it('keeps flags while their rule holds and clears cooled ones; the weekly digest goes once to each leader', async () => {
    const hotSpots = t.app.get(HotSpotsService);
    // 18 March: the 14-day window starts 4 March; only the repeated complaint I (5 March) is still inside it.
    expect((await hotSpots.detect()).cleared).toBeGreaterThanOrEqual(2);
    const view = await overview('tk.lanhdao');
    expect(view.hotSpots.map((h) => h.kind)).toEqual(['repeat_complaint']);

    const sent = await hotSpots.runDigestJob();
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(await hotSpots.runDigestJob()).toBe(0);
    const [digest] = await sql<{
      title: { vi: string; en: string };
      n: number;
    }>(`SELECT title, count(*) OVER ()::int AS n FROM notifications WHERE kind = 'weekly_digest' AND user_id = $1`, [ids['tk.lanhdao']]);
    expect(digest.n).toBe(1);
    expect(digest.title.vi).toBe('Tổng hợp tuần (18/03/2026): 4 quá hạn, 2 sắp đến hạn');
  });

  it("drills down the rows of no neighbourhood and of no agency, within the caller's scope", async () => {
    await create('J', 'tk.tiepdan', { type: 'complaint', category: 'land' });
    const view = await overview('tk.lanhdao');
    const unknownPlace = view.byNeighbourhood.find((r) => !r.neighbourhoodId);
    expect(unknownPlace?.open).toBe(1);
    expect(await drill('tk.lanhdao', { open: true, noNeighbourhood: true })).toEqual(codes('J'));
    const unassigned = view.byAgency.find((r) => r.party === 'agency' && !r.agencyId);
    const behind = await drill('tk.lanhdao', {
      open: true,
      pendingParty: 'agency',
      noLeadAgency: true,
    });
    expect(behind).toHaveLength(unassigned?.open ?? 0);
    expect(await drill('tk.lanhdao', { open: true, noLeadAgency: true })).toContain(cases['J'].code);
    // Another commune's leader never reaches it.
    expect(await drill('lanhdao.anphu', { noNeighbourhood: true, noLeadAgency: true })).not.toContain(cases['J'].code);
    await http()
      .get('/api/cases')
      .query({ noNeighbourhood: 'maybe' })
      .set(await auth('tk.lanhdao'))
      .expect(400);
  });

  it('sends a reminder from the overdue list once a day: in the history, and to the agency’s handler', async () => {
    const url = `/api/cases/${cases['A'].id}/reminders`;
    const sent = await http()
      .post(url)
      .set(await auth('tk.lanhdao'))
      .send({ note: 'Đề nghị báo cáo kết quả trước thứ Sáu' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      caseId: cases['A'].id,
      agencyId: ids['TK-DC'],
      agencyName: 'Địa chính phường Kiểm Thử',
      notified: 1,
      sentAt: '2026-03-18T02:00:00.000Z',
      nextAllowedAt: '2026-03-19T02:00:00.000Z',
    });
    // A second click the same day is refused, naming when it was sent.
    const again = await http()
      .post(url)
      .set(await auth('tk.lanhdao'))
      .send({});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'CASE_REMINDER_TOO_SOON',
      nextAllowedAt: '2026-03-19T02:00:00.000Z',
    });
    expect(again.body.message.vi).toContain('09:00 18/03/2026');

    const detail = (
      await http()
        .get(`/api/cases/${cases['A'].id}`)
        .set(await auth('tk.diachinh'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(detail.history.at(-1)).toMatchObject({
      type: 'REMINDER_SENT',
      label: { vi: 'Đôn đốc giải quyết' },
      actorName: 'tk.lanhdao',
      actorFullName: 'Cán bộ tk.lanhdao',
      actorRole: 'leader',
      at: '2026-03-18T02:00:00.000Z',
      note: 'Đề nghị báo cáo kết quả trước thứ Sáu',
      payload: { agencyId: ids['TK-DC'] },
    });
    const inbox = (
      await http()
        .get('/api/notifications')
        .set(await auth('tk.diachinh'))
        .expect(200)
    ).body as { kind: string; caseId: string; body: { vi: string } }[];
    const reminder = inbox.find((n) => n.kind === 'reminder');
    expect(reminder).toMatchObject({ caseId: cases['A'].id });
    expect(reminder?.body.vi).toContain('Cán bộ tk.lanhdao đôn đốc Địa chính phường Kiểm Thử');

    // Who may: a leader of the case's area only; a case with no agency has nobody to urge.
    for (const [user, status] of [
      ['tk.diachinh', 403],
      ['thanhtra.tinh', 403],
      ['lanhdao.anphu', 404],
    ] as const)
      await http()
        .post(url)
        .set(await auth(user))
        .send({})
        .expect(status);
    const none = await http()
      .post(`/api/cases/${cases['J'].id}/reminders`)
      .set(await auth('tk.lanhdao'))
      .send({});
    expect(none.status).toBe(422);
    expect(none.body.errors[0].field).toBe('caseId');
    await http()
      .post('/api/cases/nope/reminders')
      .set(await auth('tk.lanhdao'))
      .send({})
      .expect(400);
    await http()
      .post(url)
      .set(await auth('tk.lanhdao'))
      .send({ note: 'x'.repeat(1001) })
      .expect(400);
    // The next day it goes again.
    t.clock.set('2026-03-19T02:00:00.000Z');
    await http()
      .post(url)
      .set(await auth('tk.lanhdao'))
      .send({})
      .expect(201);
  });
});
