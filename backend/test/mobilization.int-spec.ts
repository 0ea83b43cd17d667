import request from 'supertest';
import type {
  AgencyDto,
  CaseDetailDto,
  CasePage,
  CommuneRankingDto,
  NeighbourhoodDto,
  TeamDetailDto,
  TeamMeetingDto,
  TeamScorecardDto,
} from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

describe.each(testDatabases())('mobilization teams on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  let neighbourhoods: Record<string, NeighbourhoodDto>;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function post<T>(username: string, url: string, body: unknown, status = 201): Promise<T> {
    const res = await http()
      .post(url)
      .set(await auth(username))
      .send(body as object);
    if (res.status !== status) throw new Error(`POST ${url} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  async function event(username: string, caseId: string, type: string, payload: Record<string, unknown> = {}): Promise<CaseDetailDto> {
    return post<CaseDetailDto>(username, `/api/cases/${caseId}/events`, { type, payload }, 200);
  }

  /** Drives a proposal or reflection assigned to the land office from intake to closed. */
  async function resolve(caseId: string): Promise<CaseDetailDto> {
    await event('tiepdan.anphu', caseId, 'ACCEPT', {
      agencyId: agencies['AP-DC'].id,
    });
    await event('chuyenvien.diachinh', caseId, 'SUBMIT_RESPONSE', {
      response: 'Đã khắc phục',
    });
    await event('truong.diachinh', caseId, 'APPROVE', {});
    await event('chuyenvien.diachinh', caseId, 'NOTIFY_CITIZEN', {});
    return event('chuyenvien.diachinh', caseId, 'CLOSE', {});
  }

  const meeting = (date: string, opinions: string[], extra: Record<string, unknown> = {}) => ({
    date,
    attendance: 8,
    topics: ['Sinh hoạt định kỳ sau họp chi bộ'],
    opinions: opinions.map((content, i) => ({
      content,
      raisedBy: `Hộ ông ${i + 1}`,
      category: 'environment',
    })),
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
    const ns = (
      await http()
        .get('/api/neighbourhoods')
        .set(await auth('quantri'))
        .expect(200)
    ).body as NeighbourhoodDto[];
    neighbourhoods = Object.fromEntries(ns.map((n) => [n.name, n]));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('lets the team lead record a meeting and turn opinions into cases in one action, only for their own neighbourhood', async () => {
    t.clock.set('2026-03-10T02:00:00.000Z');
    const teams = (
      await http()
        .get('/api/teams')
        .set(await auth('totruong.to3'))
        .expect(200)
    ).body as TeamDetailDto[];
    const demo = teams.find((x) => x.neighbourhoodName === 'Tổ dân phố 3');
    const other = teams.find((x) => x.neighbourhoodName === 'Khu phố Bến Đá');
    expect(demo?.leadName).toBe('Hoàng Văn Bình');
    const team = (
      await http()
        .get(`/api/teams/${demo?.id}`)
        .set(await auth('totruong.to3'))
        .expect(200)
    ).body as TeamDetailDto;
    expect(team.canRecord).toBe(true);
    expect(team.members.map((m) => m.role)).toEqual(expect.arrayContaining(['team_lead', 'party_cell_secretary', 'respected_elder']));

    const lead = team.members.find((m) => m.role === 'team_lead');
    const recorded = await post<TeamMeetingDto>('totruong.to3', `/api/teams/${team.id}/meetings`, {
      ...meeting('2026-03-08', ['Đèn đường ngõ 5 hỏng', 'Cống thoát nước ngõ 7 tắc', 'Cảm ơn phường đã làm đường']),
      tasks: [
        {
          memberId: lead?.id,
          description: 'Theo dõi việc sửa đèn',
          dueDate: '2026-03-31',
        },
      ],
    });
    expect(recorded.opinions.map((o) => [o.seq, o.caseId])).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
    expect(recorded.tasks[0]).toMatchObject({
      memberName: 'Hoàng Văn Bình',
      dueDate: '2026-03-31',
      doneAt: null,
    });

    const [o1, o2] = recorded.opinions;
    const raised = await post<TeamMeetingDto>(
      'totruong.to3',
      `/api/teams/${team.id}/meetings/${recorded.id}/cases`,
      {
        items: [
          {
            opinionId: o1.id,
            type: 'reflection',
            leadAgencyId: agencies['AP-DC'].id,
          },
          {
            opinionId: o2.id,
            type: 'proposal',
            leadAgencyId: agencies['AP-CA'].id,
            category: 'construction',
          },
        ],
      },
      200,
    );
    expect(raised.opinions.map((o) => !!o.caseCode)).toEqual([true, true, false]);

    const reflection = (
      await http()
        .get(`/api/cases/${raised.opinions[0].caseId}`)
        .set(await auth('chuyenvien.diachinh'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(reflection).toMatchObject({
      type: 'reflection',
      channel: 'mobilization_team',
      category: 'environment',
      summary: 'Đèn đường ngõ 5 hỏng',
      leadAgencyId: agencies['AP-DC'].id,
      neighbourhoodId: neighbourhoods['Tổ dân phố 3'].id,
      state: 'received',
    });
    expect(reflection.parties[0]).toMatchObject({
      role: 'petitioner',
      fullName: 'Hộ ông 1',
    });
    const policeInbox = (
      await http()
        .get('/api/cases')
        .query({ agencyId: agencies['AP-CA'].id })
        .set(await auth('chuyenvien.congan'))
        .expect(200)
    ).body as CasePage;
    expect(policeInbox.items.map((c) => c.id)).toContain(raised.opinions[1].caseId);
    expect(policeInbox.items.find((c) => c.id === raised.opinions[1].caseId)).toMatchObject({ type: 'proposal', category: 'construction' });

    // One bad item rolls the whole action back: the third opinion stays without a case.
    const before = (
      await http()
        .get('/api/cases')
        .query({ limit: 200 })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CasePage;
    const bad = await http()
      .post(`/api/teams/${team.id}/meetings/${recorded.id}/cases`)
      .set(await auth('totruong.to3'))
      .send({
        items: [
          {
            opinionId: recorded.opinions[2].id,
            type: 'proposal',
            leadAgencyId: agencies['AP-DC'].id,
          },
          {
            opinionId: o1.id,
            type: 'proposal',
            leadAgencyId: agencies['AP-DC'].id,
          },
        ],
      });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'items.1.opinionId' })]);
    const after = (
      await http()
        .get('/api/cases')
        .query({ limit: 200 })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CasePage;
    expect(after.items.length).toBe(before.items.length);

    // Another neighbourhood's team is not this lead's to record.
    await http()
      .post(`/api/teams/${other?.id}/meetings`)
      .set(await auth('totruong.to3'))
      .send(meeting('2026-03-08', ['x']))
      .expect(403);
    // A meeting cannot be dated in the future.
    const future = await http()
      .post(`/api/teams/${team.id}/meetings`)
      .set(await auth('totruong.to3'))
      .send(meeting('2026-03-11', []));
    expect(future.status).toBe(400);
    // Teams of another commune do not exist for Nậm Khoa's leader.
    await http()
      .get(`/api/teams/${team.id}`)
      .set(await auth('lanhdao.namkhoa'))
      .expect(404);
  });

  it('computes the monthly scorecard and the commune ranking from the records, with configurable weights', async () => {
    t.clock.set('2026-04-20T02:00:00.000Z');
    const criteria = [
      { metric: 'meetings_held', weight: 20, target: 1 },
      { metric: 'opinions_collected', weight: 20, target: 5 },
      { metric: 'cases_raised', weight: 15, target: 2 },
      { metric: 'cases_resolved_on_time', weight: 15, target: 2 },
      { metric: 'propaganda_sessions', weight: 15, target: 2 },
      { metric: 'people_reached', weight: 15, target: 200 },
    ];
    await http()
      .put('/api/teams/criteria')
      .set(await auth('lanhdao.anphu'))
      .send({ criteria })
      .expect(403);
    await http()
      .put('/api/teams/criteria')
      .set(await auth('lanhdao.tinh'))
      .send({ criteria })
      .expect(200);

    const members = [{ fullName: 'Trần Thị A', role: 'team_lead', termStart: '2026-01-01' }];
    const teamA = await post<TeamDetailDto>('lanhdao.anphu', '/api/teams', {
      neighbourhoodId: neighbourhoods['Tổ dân phố 3'].id,
      name: 'Tổ dân vận A',
      termStart: '2026-01-01',
      members,
    });
    const teamB = await post<TeamDetailDto>('lanhdao.anphu', '/api/teams', {
      neighbourhoodId: neighbourhoods['Tổ dân phố 1'].id,
      name: 'Tổ dân vận B',
      termStart: '2026-01-01',
      members,
    });

    // Team A, April: two meetings, five opinions, three cases; one closed on time, one closed after going overdue.
    const march = await post<TeamMeetingDto>('lanhdao.anphu', `/api/teams/${teamA.id}/meetings`, meeting('2026-03-31', ['Tháng trước']));
    const a1 = await post<TeamMeetingDto>(
      'totruong.to3',
      `/api/teams/${teamA.id}/meetings`,
      meeting('2026-04-01', ['o1', 'o2', 'o3'], {
        propagandaSessions: 1,
        peopleReached: 60,
      }),
    );
    const a2 = await post<TeamMeetingDto>(
      'totruong.to3',
      `/api/teams/${teamA.id}/meetings`,
      meeting('2026-04-15', ['o4', 'o5'], {
        propagandaSessions: 2,
        peopleReached: 90,
      }),
    );
    await post<TeamMeetingDto>('lanhdao.anphu', `/api/teams/${teamB.id}/meetings`, meeting('2026-04-10', ['b1'], { peopleReached: 30 }));
    // A March case of team A must not count in April.
    await post(
      'lanhdao.anphu',
      `/api/teams/${teamA.id}/meetings/${march.id}/cases`,
      {
        items: [
          {
            opinionId: march.opinions[0].id,
            type: 'proposal',
            leadAgencyId: agencies['AP-DC'].id,
          },
        ],
      },
      200,
    );

    const dc = agencies['AP-DC'].id;
    const raisedA1 = await post<TeamMeetingDto>(
      'totruong.to3',
      `/api/teams/${teamA.id}/meetings/${a1.id}/cases`,
      {
        items: a1.opinions.slice(0, 2).map((o) => ({
          opinionId: o.id,
          type: 'proposal',
          leadAgencyId: dc,
        })),
      },
      200,
    );
    const raisedA2 = await post<TeamMeetingDto>(
      'totruong.to3',
      `/api/teams/${teamA.id}/meetings/${a2.id}/cases`,
      {
        items: [
          {
            opinionId: a2.opinions[0].id,
            type: 'reflection',
            leadAgencyId: dc,
          },
        ],
      },
      200,
    );
    const onTime = raisedA1.opinions[0].caseId as string;
    const late = raisedA2.opinions[0].caseId as string;
    expect((await resolve(onTime)).state).toBe('closed');

    // The reflection misses its 10-working-day triage deadline: the sweeper records it overdue, then it is closed.
    t.clock.set('2026-05-20T02:00:00.000Z');
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
    const overdue = (
      await http()
        .get(`/api/cases/${late}`)
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(overdue.history.map((h) => h.type)).toContain('DEADLINE_PASSED');
    expect((await resolve(late)).state).toBe('closed');

    const ranking = (
      await http()
        .get('/api/teams/ranking')
        .query({ month: '2026-04' })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CommuneRankingDto;
    const cardA = ranking.teams.find((x) => x.teamId === teamA.id) as TeamScorecardDto;
    const values = Object.fromEntries(cardA.lines.map((l) => [l.metric, l.value]));
    expect(values).toEqual({
      meetings_held: 2,
      opinions_collected: 5,
      cases_raised: 3,
      cases_resolved_on_time: 1,
      propaganda_sessions: 3,
      people_reached: 150,
    });
    // By hand: 20·min(2/1,1) + 20·min(5/5,1) + 15·min(3/2,1) + 15·(1/2) + 15·min(3/2,1) + 15·(150/200)
    //        = 20 + 20 + 15 + 7.5 + 15 + 11.25 = 88.75
    expect(cardA.lines.map((l) => l.points)).toEqual([20, 20, 15, 7.5, 15, 11.25]);
    expect(cardA.total).toBe(88.75);
    // Team B: 20·1 + 20·(1/5) + 0 + 0 + 0 + 15·(30/200) = 20 + 4 + 2.25 = 26.25
    const cardB = ranking.teams.find((x) => x.teamId === teamB.id) as TeamScorecardDto;
    expect(cardB.total).toBe(26.25);
    // The demo teams held no April meeting: they share the last place.
    expect(ranking.teams.map((x) => [x.teamName, x.rank])).toEqual([
      ['Tổ dân vận A', 1],
      ['Tổ dân vận B', 2],
      ['Tổ dân vận Khu phố Bến Đá', 3],
      ['Tổ dân vận Tổ dân phố 3', 3],
    ]);
    const single = (
      await http()
        .get(`/api/teams/${teamA.id}/scorecard`)
        .query({ month: '2026-04' })
        .set(await auth('totruong.to3'))
        .expect(200)
    ).body as TeamScorecardDto;
    expect(single).toMatchObject({ total: 88.75, rank: 1, month: '2026-04' });

    // Weights are data: doubling the people-reached target changes the score at once.
    await http()
      .put('/api/teams/criteria')
      .set(await auth('lanhdao.tinh'))
      .send({
        criteria: [{ metric: 'people_reached', weight: 15, target: 300 }],
      })
      .expect(200);
    const rescored = (
      await http()
        .get(`/api/teams/${teamA.id}/scorecard`)
        .query({ month: '2026-04' })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as TeamScorecardDto;
    expect(rescored.total).toBe(85); // 77.5 + 15·(150/300)

    // March holds only the one March meeting of team A.
    const marchCard = (
      await http()
        .get(`/api/teams/${teamA.id}/scorecard`)
        .query({ month: '2026-03' })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as TeamScorecardDto;
    expect(Object.fromEntries(marchCard.lines.map((l) => [l.metric, l.value]))).toMatchObject({
      meetings_held: 1,
      opinions_collected: 1,
      cases_raised: 1,
    });
  });

  it('keeps the yearly good-practice register', async () => {
    const teams = (
      await http()
        .get('/api/teams')
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as TeamDetailDto[];
    const team = teams.find((x) => x.name === 'Tổ dân vận Tổ dân phố 3') as TeamDetailDto;
    await http()
      .post(`/api/teams/${team.id}/good-practices`)
      .set(await auth('totruong.to3'))
      .send({ year: 2026, title: 'x', description: 'y' })
      .expect(403);
    const saved = await post<{ id: string; teamName: string; year: number }>('lanhdao.anphu', `/api/teams/${team.id}/good-practices`, {
      year: 2026,
      title: 'Mô hình "Ngõ sáng, ngõ sạch"',
      description: 'Vận động nhân dân góp công lắp đèn chiếu sáng.',
    });
    expect(saved).toMatchObject({
      teamName: 'Tổ dân vận Tổ dân phố 3',
      year: 2026,
    });
    const register = (
      await http()
        .get('/api/teams/good-practices')
        .query({ year: 2026 })
        .set(await auth('totruong.to3'))
        .expect(200)
    ).body as { id: string }[];
    expect(register.map((g) => g.id)).toEqual([saved.id]);
    const none = (
      await http()
        .get('/api/teams/good-practices')
        .query({ year: 2026 })
        .set(await auth('lanhdao.namkhoa'))
        .expect(200)
    ).body as unknown[];
    expect(none).toEqual([]);
  });
  it('refuses unauthenticated calls and names the bad field of a bad request', async () => {
    await http().get('/api/teams').expect(401);
    const teams = (
      await http()
        .get('/api/teams')
        .set(await auth('totruong.to3'))
        .expect(200)
    ).body as TeamDetailDto[];
    const bad = await http()
      .post(`/api/teams/${teams[0].id}/meetings`)
      .set(await auth('totruong.to3'))
      .send({
        date: '2026-13-01',
        attendance: -1,
        topics: [],
        opinions: [{ content: '' }],
      });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['attendance', 'date', 'opinions.0.content']);
    const month = await http()
      .get('/api/teams/ranking')
      .query({ month: '2026-3' })
      .set(await auth('lanhdao.anphu'));
    expect(month.status).toBe(400);
    expect(month.body.errors).toEqual([expect.objectContaining({ field: 'month' })]);
    await http()
      .post('/api/teams')
      .set(await auth('totruong.to3'))
      .send({
        neighbourhoodId: neighbourhoods['Tổ dân phố 3'].id,
        name: 'x',
        termStart: '2026-01-01',
      })
      .expect(403);
  });
});
