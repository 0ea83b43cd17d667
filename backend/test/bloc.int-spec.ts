import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type {
  AgencyDto,
  AssignmentDto,
  BlocDto,
  BlocPlanDto,
  BlocReviewDto,
  BlocWatchDto,
  FocusVillageDto,
  GoodPracticeDto,
  InspectionDto,
  MemberEvaluationDto,
  NeighbourhoodDto,
  SentimentReportDto,
  TeamDetailDto,
  TeamMeetingDto,
  TeamScorecardDto,
} from '@tiep-dan/contracts';
import { apiRoutes, call, problemShape } from './support/api-routes';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const PASSWORD = 'KhoiDanVan2026';

/**
 * The commune's mobilization bloc (issue 23): member evaluation against the criteria with numbers worked out by hand,
 * dated team membership in the scorecard, the quarterly report on what people think, flags, inspection and the
 * "Dân vận khéo" flow, and the scope of every new route.
 */
describe.each(testDatabases())('mobilization bloc on $kind', (db) => {
  let t: TestApp;
  const agencies: Record<string, AgencyDto> = {};
  const neighbourhoods: Record<string, NeighbourhoodDto> = {};
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  /** Accounts made by the test (the rest are demo accounts). */
  const made = new Set<string>();

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username, made.has(username) ? PASSWORD : undefined)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function send<T>(
    method: 'post' | 'put' | 'get',
    username: string,
    url: string,
    body?: unknown,
    status = method === 'post' ? 201 : 200,
  ): Promise<T> {
    let req = http()
      [method](url)
      .set(await auth(username));
    if (body !== undefined) req = method === 'get' ? req.query(body as object) : req.send(body as object);
    const res = await req;
    if (res.status !== status) throw new Error(`${method.toUpperCase()} ${url} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }
  const post = <T>(u: string, url: string, body: unknown, status?: number) => send<T>('post', u, url, body, status);
  const get = <T>(u: string, url: string, query?: unknown) => send<T>('get', u, url, query);
  const at = (iso: string) => t.clock.set(iso);

  async function admin(url: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    return post('quantri', url, body);
  }
  async function user(username: string, role: string, agency: string, neighbourhood?: string): Promise<void> {
    await admin('/api/users', {
      username,
      fullName: `Người thử ${username}`,
      password: PASSWORD,
      role,
      agencyId: agencies[agency].id,
      neighbourhoodId: neighbourhood ? neighbourhoods[neighbourhood].id : null,
    });
    made.add(username);
  }

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    at('2026-01-05T02:00:00.000Z');
    for (const a of await get<AgencyDto[]>('quantri', '/api/agencies')) agencies[a.code] = a;
    // A commune of its own for the evaluation, so nothing else moves its numbers, and a second province.
    agencies['XK'] = (await admin('/api/agencies', {
      code: 'XK',
      kind: 'commune',
      name: 'Xã Thử Khối',
      parentId: agencies['MA'].id,
    })) as unknown as AgencyDto;
    agencies['XK-VP'] = (await admin('/api/agencies', {
      code: 'XK-VP',
      kind: 'unit',
      name: 'Văn phòng xã Thử Khối',
      parentId: agencies['XK'].id,
    })) as unknown as AgencyDto;
    agencies['P2'] = (await admin('/api/agencies', {
      code: 'P2',
      kind: 'province',
      name: 'Tỉnh Thử Hai',
      parentId: null,
    })) as unknown as AgencyDto;
    for (const n of await get<NeighbourhoodDto[]>('quantri', '/api/neighbourhoods')) neighbourhoods[n.name] = n;
    neighbourhoods['Thôn Một'] = (await admin('/api/neighbourhoods', {
      communeId: agencies['XK'].id,
      kind: 'thon',
      name: 'Thôn Một',
    })) as unknown as NeighbourhoodDto;
    await user('ld.xk', 'leader', 'XK');
    await user('cv.xk', 'agency_handler', 'XK-VP');
    await user('tt.ap', 'inspector', 'AP');
    await user('ld.p2', 'leader', 'P2');
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });

  it('evaluates each member against the criteria from the records, worked out by hand', async () => {
    const bloc = (body: Record<string, unknown>) => post<BlocDto>('ld.xk', '/api/bloc/members', body);
    await bloc({
      fullName: 'Lò Văn Trưởng',
      position: 'Phó Bí thư Đảng ủy xã',
      kind: 'party_committee',
      blocRole: 'head',
      termStart: '2026-01-01',
      userId: (await get<{ id: string }>('ld.xk', '/api/auth/me')).id,
    });
    const me = await get<{ id: string }>('cv.xk', '/api/auth/me');
    await bloc({
      fullName: 'Lò Văn A',
      position: 'Chủ tịch Hội Nông dân xã',
      kind: 'farmers_union',
      blocRole: 'member',
      termStart: '2026-01-01',
      userId: me.id,
    });
    // B joins in April (kiện toàn): only what came due during her term is expected of her.
    const all = await bloc({
      fullName: 'Vàng Thị B',
      position: 'Chủ tịch Hội Phụ nữ xã',
      kind: 'womens_union',
      blocRole: 'member',
      termStart: '2026-04-01',
    });
    const id = (name: string) => all.members.find((m) => m.fullName === name)?.id as string;
    const [head, a, b] = [id('Lò Văn Trưởng'), id('Lò Văn A'), id('Vàng Thị B')];
    expect(all).toMatchObject({
      headName: 'Lò Văn Trưởng',
      currentCount: 2,
      sizeOk: false,
      canManage: true,
    });
    // The head is the Party committee's secretary or deputy; a second head is refused; B does not serve yet.
    const wrongHead = await http()
      .post('/api/bloc/members')
      .set(await auth('ld.xk'))
      .send({
        fullName: 'X',
        position: 'Y',
        kind: 'police',
        blocRole: 'head',
        termStart: '2026-01-01',
      });
    expect(wrongHead.status).toBe(400);
    expect(wrongHead.body.errors[0].field).toBe('kind');
    await http()
      .post('/api/bloc/members')
      .set(await auth('ld.xk'))
      .send({
        fullName: 'X',
        position: 'Y',
        kind: 'party_committee',
        blocRole: 'head',
        termStart: '2026-02-01',
      })
      .expect(409);

    const plan = await post<BlocPlanDto>('ld.xk', '/api/bloc/plans', {
      year: 2026,
      title: 'Chương trình công tác dân vận năm 2026',
      resolutions: [
        {
          kind: 'party_committee',
          reference: '01-NQ/ĐU',
          title: 'Nghị quyết Đảng ủy xã về nhiệm vụ năm 2026',
        },
      ],
    });
    const resolutionId = plan.resolutions[0].id;
    const task = (ownerMemberId: string, content: string, dueDate: string) =>
      post<BlocPlanDto>('ld.xk', `/api/bloc/plans/${plan.id}/tasks`, {
        content,
        resolutionId,
        ownerMemberId,
        dueDate,
      });
    await task(a, 'Nhiệm vụ 1', '2026-03-31');
    await task(a, 'Nhiệm vụ 2', '2026-06-30');
    const withTasks = await task(a, 'Nhiệm vụ 4 (tháng 9)', '2026-09-30');
    const taskId = (content: string) => withTasks.tasks.find((k) => k.content === content)?.id as string;
    const notYet = await http()
      .post(`/api/bloc/plans/${plan.id}/tasks`)
      .set(await auth('ld.xk'))
      .send({
        content: 'x',
        resolutionId,
        ownerMemberId: b,
        dueDate: '2026-06-15',
      });
    expect(notYet.body.errors[0].field).toBe('ownerMemberId');

    at('2026-02-10T02:00:00.000Z');
    await post('ld.xk', '/api/bloc/briefings', {
      heldOn: '2026-02-10',
      attendeeIds: [head, a],
      summary: 'Giao ban quý I',
      situations: [
        {
          category: 'land',
          level: 'concern',
          content: 'Người dân hỏi về đo đạc lại đất',
          reporterMemberId: a,
        },
      ],
    });
    at('2026-03-20T02:00:00.000Z');
    // A reports through his own account; B's task is not his to report.
    await post('cv.xk', `/api/bloc/plans/${plan.id}/tasks/${taskId('Nhiệm vụ 1')}/progress`, { status: 'done', note: 'Đã xong' }, 200);
    at('2026-04-05T02:00:00.000Z');
    const withB = await task(b, 'Nhiệm vụ 3', '2026-06-15');
    await http()
      .post(`/api/bloc/plans/${plan.id}/tasks/${withB.tasks.find((k) => k.content === 'Nhiệm vụ 3')?.id}/progress`)
      .set(await auth('cv.xk'))
      .send({ status: 'in_progress' })
      .expect(403);
    await post('ld.xk', '/api/bloc/briefings', {
      heldOn: '2026-04-05',
      attendeeIds: [head, b],
      summary: 'Giao ban tháng 4',
    });
    at('2026-05-15T02:00:00.000Z');
    const team = await post<TeamDetailDto>('ld.xk', '/api/teams', {
      neighbourhoodId: neighbourhoods['Thôn Một'].id,
      name: 'Tổ dân vận Thôn Một',
      termStart: '2026-01-01',
    });
    const assignA = await post<AssignmentDto>('ld.xk', '/api/bloc/assignments', { teamId: team.id, memberId: a, month: '2026-05' });
    const assignB = await post<AssignmentDto>('ld.xk', '/api/bloc/assignments', { teamId: team.id, memberId: b, month: '2026-05' });
    expect(assignA.canReport).toBe(true);
    await post('cv.xk', `/api/bloc/assignments/${assignA.id}/report`, { attended: true, note: 'Giải đáp về hỗ trợ giống' }, 200);
    await post('ld.xk', `/api/bloc/assignments/${assignB.id}/report`, { attended: false }, 200);
    await post('ld.xk', '/api/bloc/sentiment-notes', {
      channel: 'field_survey',
      notedOn: '2026-05-15',
      category: 'social_policy',
      level: 'stable',
      content: 'Hộ nghèo đã nhận hỗ trợ đầy đủ',
      reporterMemberId: b,
    });
    at('2026-06-20T02:00:00.000Z');
    await post('ld.xk', '/api/bloc/briefings', {
      heldOn: '2026-06-20',
      attendeeIds: [head, a, b],
      summary: 'Giao ban quý II',
    });
    at('2026-07-02T02:00:00.000Z');
    await post('cv.xk', `/api/bloc/plans/${plan.id}/tasks/${taskId('Nhiệm vụ 2')}/progress`, { status: 'done' }, 200);

    at('2026-07-10T02:00:00.000Z');
    const evaluations = await get<MemberEvaluationDto[]>('cv.xk', '/api/bloc/evaluations', { year: 2026, kind: 'mid_year' });
    const of = (member: string) => evaluations.find((e) => e.memberId === member) as MemberEvaluationDto;
    const lines = (member: string) => of(member).lines.map((l) => [l.criterion, l.done, l.expected, l.points]);
    // A: briefings 2 of the 3 held (30·2/3 = 20); tasks due in the half 2, on time 1 (task 2 done on 2 July, due
    // 30 June; task 4 is due in September) → 40·1/2 = 20; the one village meeting assigned, attended → 20; notes 1 of
    // one a quarter for two quarters → 10·1/2 = 5. 20 + 20 + 20 + 5 = 65 → "Hoàn thành nhiệm vụ".
    expect(lines(a)).toEqual([
      ['briefing_attendance', 2, 3, 20],
      ['plan_tasks_on_time', 1, 2, 20],
      ['village_meetings', 1, 1, 20],
      ['sentiment_reports', 1, 2, 5],
    ]);
    expect(of(a)).toMatchObject({ score: 65, grade: 'completed' });
    // B (from April): both briefings of her term attended → 30; her one task not done → 0; the meeting assigned
    // missed → 0; one note for the one quarter served → 10. 40 of 100 → "Không hoàn thành nhiệm vụ".
    expect(lines(b)).toEqual([
      ['briefing_attendance', 2, 2, 30],
      ['plan_tasks_on_time', 0, 1, 0],
      ['village_meetings', 0, 1, 0],
      ['sentiment_reports', 1, 1, 10],
    ]);
    expect(of(b)).toMatchObject({ score: 40, grade: 'not_completed' });
    // The head: 3 of 3 briefings → 30; no task, no meeting assigned: those do not apply; no note of two → 0.
    // 30 of the 40 points that apply → 75 → "Hoàn thành tốt nhiệm vụ".
    expect(of(head)).toMatchObject({ score: 75, grade: 'good' });
    expect(
      of(head)
        .lines.filter((l) => !l.applies)
        .map((l) => l.criterion),
    ).toEqual(['plan_tasks_on_time', 'village_meetings']);

    // The mid-year review freezes those evaluations and the half's figures.
    const review = await post<BlocReviewDto>('ld.xk', '/api/bloc/reviews', {
      year: 2026,
      kind: 'mid_year',
      heldOn: '2026-07-10',
      summary: 'Khối hoạt động nền nếp, giao ban đều.',
      shortcomings: 'Một thành viên chưa dự sinh hoạt thôn.',
      directions: 'Phân công lại địa bàn phụ trách.',
    });
    expect(review.figures).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      members: 3,
      briefings: 3,
      planTasks: { total: 3, due: 3, done: 2, onTime: 1, overdue: 1 },
      teams: { count: 1, meetings: 0, monthsMissed: 6, inspections: 0 },
    });
    expect(review.evaluations.map((e) => e.score)).toEqual([75, 65, 40]);
    await http()
      .post('/api/bloc/reviews')
      .set(await auth('ld.xk'))
      .send({
        year: 2026,
        kind: 'mid_year',
        heldOn: '2026-07-10',
        summary: 'Lần hai',
      })
      .expect(409);
    const pdf = await call(t, 'get', `/api/bloc/reviews/${review.id}/document.pdf`, await auth('cv.xk'));
    expect(pdf.contentType).toContain('application/pdf');
    expect(pdf.text).toContain('SƠ KẾT 6 THÁNG CÔNG TÁC DÂN VẬN NĂM 2026');
    expect(pdf.text).toContain('Vàng Thị B');
    expect(pdf.text).toContain('Không hoàn thành nhiệm vụ');
    const xlsx = await call(t, 'get', `/api/bloc/reviews/${review.id}/document.xlsx`, await auth('cv.xk'));
    expect(xlsx.contentType).toContain('spreadsheetml');
    expect(xlsx.text).toContain('"Nhiệm vụ quá hạn",1');
    expect(xlsx.text).toContain('"Lò Văn A","Chủ tịch Hội Nông dân xã","2/3: 20","1/2: 20","1/1: 20","1/2: 5",65,"Hoàn thành nhiệm vụ"');

    // A task done ahead of its due date counts at once. For the year so far (10 July): tasks 2 of 3 on time
    // (40·2/3 = 26.67), briefings 20, the meeting 20, notes 1 of the 3 quarters begun (10·1/3 = 3.33) → 70 → good.
    await post('cv.xk', `/api/bloc/plans/${plan.id}/tasks/${taskId('Nhiệm vụ 4 (tháng 9)')}/progress`, { status: 'done' }, 200);
    const year = await get<MemberEvaluationDto[]>('ld.xk', '/api/bloc/evaluations', { year: 2026, kind: 'year_end' });
    const yearOfA = year.find((e) => e.memberId === a) as MemberEvaluationDto;
    expect(yearOfA.lines.map((l) => [l.done, l.expected, l.points])).toEqual([
      [2, 3, 20],
      [2, 3, 26.67],
      [1, 1, 20],
      [1, 3, 3.33],
    ]);
    expect(yearOfA).toMatchObject({ score: 70, grade: 'good' });
  });

  it('scores each month with the members who served that month', async () => {
    at('2026-09-20T02:00:00.000Z');
    const members = ['Trưởng Tổ Một', 'Thành viên Hai', 'Thành viên Ba', 'Thành viên Bốn'].map((fullName, i) => ({
      fullName,
      role: i === 0 ? 'team_lead' : 'womens_union',
      termStart: '2026-08-01',
    }));
    const team = await post<TeamDetailDto>('lanhdao.anphu', '/api/teams', {
      neighbourhoodId: neighbourhoods['Tổ dân phố 1'].id,
      name: 'Tổ dân vận Tổ dân phố 1',
      termStart: '2026-08-01',
      members,
    });
    const meeting = (date: string, attendance: number) =>
      post<TeamMeetingDto>('lanhdao.anphu', `/api/teams/${team.id}/meetings`, {
        date,
        attendance,
        topics: ['Sinh hoạt định kỳ'],
        opinions: [],
      });
    await meeting('2026-08-10', 4);
    await meeting('2026-09-05', 3);
    // Kiện toàn: member four leaves on 15 September, member five joins the next day.
    const four = team.members.find((m) => m.fullName === 'Thành viên Bốn')?.id;
    await http()
      .post(`/api/teams/${team.id}/members/${four}/end-term`)
      .set(await auth('lanhdao.namkhoa'))
      .send({ termEnd: '2026-09-15' })
      .expect(404);
    await http()
      .post(`/api/teams/${team.id}/members/${four}/end-term`)
      .set(await auth('totruong.to3'))
      .send({ termEnd: '2026-09-15' })
      .expect(403);
    const bad = await http()
      .post(`/api/teams/${team.id}/members/${four}/end-term`)
      .set(await auth('lanhdao.anphu'))
      .send({ termEnd: '2026-07-31' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('termEnd');
    await post('lanhdao.anphu', `/api/teams/${team.id}/members/${four}/end-term`, { termEnd: '2026-09-15' }, 200);
    const now = await post<TeamDetailDto>('lanhdao.anphu', `/api/teams/${team.id}/members`, {
      members: [
        {
          fullName: 'Thành viên Năm',
          role: 'youth_union',
          termStart: '2026-09-16',
        },
      ],
    });
    expect(now.memberCount).toBe(4);
    await meeting('2026-09-18', 4);

    // The attendance criterion is off (weight 0) until the province weights it.
    const off = await get<TeamScorecardDto>('lanhdao.anphu', `/api/teams/${team.id}/scorecard`, { month: '2026-09' });
    expect(off.lines.map((l) => l.metric)).not.toContain('attendance_rate');
    await send('put', 'lanhdao.tinh', '/api/teams/criteria', {
      criteria: [{ metric: 'attendance_rate', weight: 10, target: 80 }],
    });
    const card = (month: string) => get<TeamScorecardDto>('lanhdao.anphu', `/api/teams/${team.id}/scorecard`, { month });
    const names = (c: TeamScorecardDto) => c.members.map((m) => m.fullName).sort();
    const rate = (c: TeamScorecardDto) => c.lines.find((l) => l.metric === 'attendance_rate');
    const august = await card('2026-08');
    expect(names(august)).toEqual(['Thành viên Ba', 'Thành viên Bốn', 'Thành viên Hai', 'Trưởng Tổ Một']);
    expect(rate(august)).toMatchObject({ value: 100, points: 10 });
    // September: 3 of the 4 serving on the 5th, 4 of the 4 serving on the 18th → 7 / 8 = 87.5 % → 88; the target of
    // 80 % is met: the full 10 points. Both member four and member five served during the month.
    const september = await card('2026-09');
    expect(names(september)).toEqual(['Thành viên Ba', 'Thành viên Bốn', 'Thành viên Hai', 'Thành viên Năm', 'Trưởng Tổ Một']);
    expect(rate(september)).toMatchObject({
      value: 88,
      target: 80,
      weight: 10,
      points: 10,
    });
    expect(names(await card('2026-10'))).toEqual(['Thành viên Ba', 'Thành viên Hai', 'Thành viên Năm', 'Trưởng Tổ Một']);
    await send('put', 'lanhdao.tinh', '/api/teams/criteria', {
      criteria: [{ metric: 'attendance_rate', weight: 0, target: 80 }],
    });
  });

  it('reports what came in through each channel in the quarter, and forecasts the tensions', async () => {
    at('2026-03-25T02:00:00.000Z');
    const nk = (name: string) => neighbourhoods[name].id;
    await post('lanhdao.namkhoa', '/api/bloc/members', {
      fullName: 'Giàng A Páo',
      position: 'Bí thư Đảng ủy xã',
      kind: 'party_committee',
      blocRole: 'head',
      termStart: '2025-07-01',
    });
    const note = (channel: string, notedOn: string, neighbourhood: string, category: string, level: string, content: string) =>
      post('lanhdao.namkhoa', '/api/bloc/sentiment-notes', {
        channel,
        notedOn,
        neighbourhoodId: nk(neighbourhood),
        category,
        level,
        content,
      });
    await note('field_survey', '2026-02-10', 'Thôn Nậm Khoa', 'land', 'tension', 'Người dân lo ngại việc đo đạc lại ranh giới đất rừng');
    await note('union_meeting', '2026-03-01', 'Bản Tả Phìn', 'social_policy', 'concern', 'Chi hội phụ nữ hỏi về chậm chi trả hỗ trợ');
    await note('neighbourhood_meeting', '2025-12-05', 'Thôn Nậm Khoa', 'land', 'stable', 'Họp tổ nhân dân quý IV');
    await post('lanhdao.namkhoa', '/api/bloc/briefings', {
      heldOn: '2026-03-05',
      attendeeIds: [],
      summary: 'Giao ban quý I',
      situations: [
        {
          neighbourhoodId: nk('Thôn Pà Vầy'),
          category: 'environment',
          level: 'concern',
          content: 'Khói đốt nương ảnh hưởng khu dân cư',
        },
      ],
    });
    const teams = await get<TeamDetailDto[]>('lanhdao.namkhoa', '/api/teams');
    const paVay = teams.find((x) => x.name === 'Tổ dân vận Thôn Pà Vầy') as TeamDetailDto;
    await post('lanhdao.namkhoa', `/api/teams/${paVay.id}/meetings`, {
      date: '2026-03-10',
      attendance: 3,
      topics: ['Sinh hoạt tháng 3'],
      opinions: [
        { content: 'Tranh chấp ranh giới nương giữa hai hộ', category: 'land' },
        { content: 'Đề nghị cấp lại giấy chứng nhận đất', category: 'land' },
        { content: 'Rác thải đầu bản', category: 'environment' },
      ],
    });
    const dialogue = await post<{ id: string }>('lanhdao.namkhoa', '/api/dialogues', {
      kind: 'voter_contact',
      title: 'Tiếp xúc cử tri trước kỳ họp HĐND',
      date: '2026-03-12',
      place: 'Nhà văn hóa thôn Nậm Khoa',
      neighbourhoodId: nk('Thôn Nậm Khoa'),
      chairs: ['Đại biểu HĐND xã'],
    });
    await send('put', 'lanhdao.namkhoa', `/api/dialogues/${dialogue.id}/minutes`, {
      summary: 'Cử tri nêu ý kiến',
      opinions: [
        {
          content: 'Đề nghị công khai phương án đo đạc đất rừng',
          category: 'land',
        },
      ],
    });
    const petition = (type: string, channel: string, category: string, neighbourhood: string, receivedAt: string) =>
      post('tiepdan.namkhoa', '/api/cases', {
        type,
        channel,
        category,
        summary: 'Đơn thử',
        neighbourhoodId: nk(neighbourhood),
        receivedAt,
      });
    await petition('proposal', 'reception', 'land', 'Thôn Nậm Khoa', '2026-03-02T02:00:00.000Z');
    await petition('reflection', 'hotline', 'environment', 'Thôn Pà Vầy', '2026-01-15T02:00:00.000Z');
    await petition('proposal', 'post', 'land', 'Thôn Nậm Khoa', '2025-12-10T02:00:00.000Z');

    const report = await get<SentimentReportDto>('chuyenvien.namkhoa', '/api/bloc/sentiment-report', { year: 2026, quarter: 1 });
    const row = (c: string) => report.channels.find((x) => x.channel === c);
    expect(report).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      totalItems: 9,
    });
    expect(report.channels.map((c) => [c.channel, c.events, c.items])).toEqual([
      ['voter_contact', 1, 1],
      ['briefing', 1, 1],
      ['dialogue', 0, 0],
      ['seminar', 0, 0],
      ['thematic_meeting', 0, 0],
      ['union_meeting', 1, 1],
      ['neighbourhood_meeting', 0, 0],
      ['field_survey', 1, 1],
      ['mobilization_team', 1, 3],
      ['petitions', 2, 2],
    ]);
    expect(row('mobilization_team')).toMatchObject({
      byCategory: { land: 2, environment: 1 },
    });
    expect(row('field_survey')?.examples).toEqual(['Người dân lo ngại việc đo đạc lại ranh giới đất rừng']);
    expect(report.byCategory).toEqual([
      { category: 'land', items: 5 },
      { category: 'social_policy', items: 1 },
      { category: 'environment', items: 3 },
    ]);
    // Thôn Nậm Khoa, land: 3 this quarter (voter contact, field survey, petition) against 2 the quarter before, one
    // noted as a tension → likely. Pà Vầy, environment: 3 (briefing, team, hotline), a concern → watch. Pà Vầy, land:
    // 2 opinions, none before → rising → watch. Tả Phìn, social policy: one concern → watch.
    expect(report.tensions.map((x) => [x.neighbourhoodName, x.category, x.level, x.items, x.previous])).toEqual([
      ['Thôn Nậm Khoa', 'land', 'likely', 3, 2],
      ['Thôn Pà Vầy', 'environment', 'watch', 3, 0],
      ['Thôn Pà Vầy', 'land', 'watch', 2, 0],
      ['Bản Tả Phìn', 'social_policy', 'watch', 1, 0],
    ]);
    expect(report.tensions[0].reasons.map((r) => r.vi)).toEqual([
      '3 ý kiến, phản ánh, đơn trong kỳ (kỳ trước 2)',
      '1 ghi nhận có dấu hiệu căng thẳng',
    ]);
    const pdf = await call(t, 'get', '/api/bloc/sentiment-report.pdf?year=2026&quarter=1', await auth('lanhdao.namkhoa'));
    expect(pdf.text).toContain('BÁO CÁO TÌNH HÌNH NHÂN DÂN');
    expect(pdf.text).toContain('Quý 1 năm 2026');
    expect(pdf.text).toContain('Nguy cơ thành điểm nóng');
    expect(pdf.text).toContain('Tiếp xúc cử tri');
    const xlsx = await call(t, 'get', '/api/bloc/sentiment-report.xlsx?year=2026&quarter=1', await auth('lanhdao.namkhoa'));
    expect(xlsx.text).toContain('"Sinh hoạt tổ dân vận",1,3,"Đất đai: 2; Môi trường: 1"');
    expect(xlsx.text).toContain('"Thôn Nậm Khoa","Đất đai","Nguy cơ thành điểm nóng",3,2');
    // The province reads it for the commune it names; An Phú's leader cannot.
    await get('lanhdao.tinh', '/api/bloc/sentiment-report', {
      year: 2026,
      quarter: 1,
      communeId: agencies['NK'].id,
    });
    await http()
      .get('/api/bloc/sentiment-report')
      .query({ year: 2026, quarter: 1, communeId: agencies['NK'].id })
      .set(await auth('lanhdao.anphu'))
      .expect(404);
  });

  it('flags a team that missed a month until its next meeting, and records the inspection from above', async () => {
    at('2026-10-06T02:00:00.000Z');
    const team = await post<TeamDetailDto>('lanhdao.anphu', '/api/teams', {
      neighbourhoodId: neighbourhoods['Tổ dân phố 2'].id,
      name: 'Tổ dân vận Tổ dân phố 2',
      termStart: '2026-08-01',
    });
    await post('lanhdao.anphu', `/api/teams/${team.id}/meetings`, {
      date: '2026-08-05',
      attendance: 5,
      topics: ['Tháng 8'],
      opinions: [],
    });
    const flagged = async (username: string, communeId?: string) =>
      (await get<BlocWatchDto>(username, '/api/bloc/watch', communeId ? { communeId } : undefined)).flagged.find(
        (f) => f.teamId === team.id,
      );
    expect(await flagged('lanhdao.anphu')).toMatchObject({
      missedMonths: ['2026-09'],
      lastMeetingOn: '2026-08-05',
      lastInspection: null,
    });
    expect(await flagged('lanhdao.tinh')).toMatchObject({
      communeName: 'Phường An Phú',
    });
    expect(await flagged('lanhdao.namkhoa')).toBeUndefined();

    const visit = {
      teamId: team.id,
      visitedOn: '2026-10-06',
      month: '2026-09',
      meetingHeld: false,
      rulesKept: true,
      findings: 'Tổ chưa sinh hoạt tháng 9 do tổ trưởng đi vắng',
    };
    await http()
      .post('/api/bloc/inspections')
      .set(await auth('lanhdao.anphu'))
      .send(visit)
      .expect(403);
    await http()
      .post('/api/bloc/inspections')
      .set(await auth('tt.ap'))
      .send(visit)
      .expect(403);
    await http()
      .post('/api/bloc/inspections')
      .set(await auth('ld.p2'))
      .send(visit)
      .expect(404);
    const inspection = await post<InspectionDto>('thanhtra.tinh', '/api/bloc/inspections', visit);
    expect(inspection).toMatchObject({
      inspectorName: 'Bùi Thị Thu',
      month: '2026-09',
      meetingHeld: false,
    });
    expect(await flagged('lanhdao.anphu')).toMatchObject({
      lastInspection: { visitedOn: '2026-10-06', inspectorName: 'Bùi Thị Thu' },
    });
    expect(
      (
        await get<InspectionDto[]>('lanhdao.anphu', '/api/bloc/inspections', {
          month: '2026-09',
        })
      ).map((i) => i.id),
    ).toEqual([inspection.id]);

    at('2026-10-08T02:00:00.000Z');
    await post('lanhdao.anphu', `/api/teams/${team.id}/meetings`, {
      date: '2026-10-08',
      attendance: 5,
      topics: ['Tháng 10'],
      opinions: [],
    });
    expect(await flagged('lanhdao.anphu')).toBeUndefined();
  });

  it('takes a "Dân vận khéo" model from nomination to recognition and follow-up, and keeps the focused villages to 20%', async () => {
    at('2026-11-02T02:00:00.000Z');
    const nomination = {
      year: 2026,
      title: 'Ngõ sáng, ngõ xanh',
      description: 'Vận động nhân dân góp công lắp đèn, trồng cây',
      results: '120 hộ tham gia, 1,2 km ngõ có đèn',
      owner: 'Chi hội Phụ nữ Tổ dân phố 3',
    };
    // A reception officer who is not a member of the bloc cannot nominate; the land office's head, a member, can.
    await http()
      .post('/api/bloc/good-practices')
      .set(await auth('tiepdan.anphu'))
      .send(nomination)
      .expect(403);
    // A team's lead nominates a model of their own team, not of another.
    const apTeams = await get<TeamDetailDto[]>('totruong.to3', '/api/teams');
    const own = apTeams.find((x) => x.neighbourhoodName === 'Tổ dân phố 3')?.id;
    const other = apTeams.find((x) => x.neighbourhoodName === 'Khu phố Bến Đá')?.id;
    await http()
      .post('/api/bloc/good-practices')
      .set(await auth('totruong.to3'))
      .send({ ...nomination, teamId: other })
      .expect(403);
    const byLead = await post<GoodPracticeDto>('totruong.to3', '/api/bloc/good-practices', {
      ...nomination,
      title: 'Tổ tự quản',
      teamId: own,
    });
    expect(byLead).toMatchObject({
      status: 'nominated',
      teamName: 'Tổ dân vận Tổ dân phố 3',
    });
    const model = await post<GoodPracticeDto>('truong.diachinh', '/api/bloc/good-practices', nomination);
    expect(model).toMatchObject({
      status: 'nominated',
      level: null,
      owner: 'Chi hội Phụ nữ Tổ dân phố 3',
    });
    await http()
      .post(`/api/bloc/good-practices/${model.id}/recognise`)
      .set(await auth('lanhdao.anphu'))
      .send({ level: 'commune' })
      .expect(409);
    await http()
      .post(`/api/bloc/good-practices/${model.id}/review`)
      .set(await auth('truong.diachinh'))
      .send({ outcome: 'endorse', note: 'x' })
      .expect(403);
    await post(
      'lanhdao.anphu',
      `/api/bloc/good-practices/${model.id}/review`,
      { outcome: 'endorse', note: 'Hiệu quả, có thể nhân rộng' },
      200,
    );
    const register = async () =>
      (await get<GoodPracticeDto[]>('totruong.to3', '/api/teams/good-practices', { year: 2026 })).map((g) => g.id);
    expect(await register()).not.toContain(model.id);
    await http()
      .post(`/api/bloc/good-practices/${model.id}/recognise`)
      .set(await auth('lanhdao.anphu'))
      .send({ level: 'province' })
      .expect(403);
    const recognised = await post<GoodPracticeDto>(
      'lanhdao.anphu',
      `/api/bloc/good-practices/${model.id}/recognise`,
      { level: 'commune', decisionRef: 'Quyết định số 45/QĐ-UBND' },
      200,
    );
    expect(recognised).toMatchObject({
      status: 'recognised',
      level: 'commune',
      decisionRef: 'Quyết định số 45/QĐ-UBND',
    });
    expect(await register()).toContain(model.id);
    const province = await post<GoodPracticeDto>(
      'lanhdao.tinh',
      `/api/bloc/good-practices/${model.id}/recognise`,
      { level: 'province' },
      200,
    );
    expect(province.level).toBe('province');
    const followed = await post<GoodPracticeDto>('lanhdao.anphu', `/api/bloc/good-practices/${model.id}/follow-ups`, {
      followedOn: '2026-11-02',
      place: 'Tổ dân phố 1',
      note: 'Nhân rộng: 40 hộ tham gia',
    });
    expect(followed.followUps.map((f) => f.place)).toEqual(['Tổ dân phố 1']);

    // Nậm Khoa has three villages: 20% rounded down, at least one → one focused village a year.
    const select = (neighbourhood: string) => ({
      year: 2026,
      neighbourhoodId: neighbourhoods[neighbourhood].id,
      criteria: [
        { label: 'Hộ ký cam kết không tảo hôn (%)', weight: 60, target: 100 },
        {
          label: 'Buổi tuyên truyền bằng tiếng dân tộc',
          weight: 40,
          target: 2,
        },
      ],
    });
    const village = await post<FocusVillageDto>('lanhdao.namkhoa', '/api/bloc/focus', select('Bản Tả Phìn'));
    const second = await http()
      .post('/api/bloc/focus')
      .set(await auth('lanhdao.namkhoa'))
      .send(select('Thôn Pà Vầy'));
    expect(second.status).toBe(400);
    expect(second.body.errors[0].field).toBe('neighbourhoodId');
    const scored = await post<FocusVillageDto>(
      'lanhdao.namkhoa',
      `/api/bloc/focus/${village.id}/scores`,
      {
        month: '2026-10',
        values: village.criteria.map((c, i) => ({
          criterionId: c.id,
          value: i === 0 ? 90 : 1,
        })),
      },
      200,
    );
    // 60·90/100 + 40·1/2 = 54 + 20 = 74
    expect(scored.scorecards[0]).toMatchObject({ month: '2026-10', total: 74 });
    const watch = await get<BlocWatchDto>('lanhdao.tinh', '/api/bloc/watch');
    expect(watch.focus).toEqual([
      expect.objectContaining({
        neighbourhoodName: 'Bản Tả Phìn',
        month: '2026-10',
        total: 74,
      }),
    ]);
  });

  it('answers a foreign commune as a missing one on every bloc route, and refuses writes to read-only roles', async () => {
    at('2026-11-20T02:00:00.000Z');
    const ap = agencies['AP'].id;
    const bloc = await get<BlocDto>('lanhdao.anphu', '/api/bloc');
    const member = bloc.members.find((m) => m.fullName === 'Hà Thị Ngọc')?.id as string;
    const plan = await post<BlocPlanDto>('lanhdao.anphu', '/api/bloc/plans', {
      year: 2026,
      title: 'Kế hoạch năm 2026',
      resolutions: [
        {
          kind: 'peoples_council',
          reference: '12/NQ-HĐND',
          title: 'Nghị quyết HĐND phường',
        },
      ],
    });
    const withTask = await post<BlocPlanDto>('lanhdao.anphu', `/api/bloc/plans/${plan.id}/tasks`, {
      content: 'Vận động hiến đất',
      resolutionId: plan.resolutions[0].id,
      ownerMemberId: member,
      dueDate: '2026-12-15',
    });
    const teams = await get<TeamDetailDto[]>('lanhdao.anphu', '/api/teams');
    const team = await get<TeamDetailDto>('lanhdao.anphu', `/api/teams/${teams.find((x) => x.name === 'Tổ dân vận Tổ dân phố 3')?.id}`);
    const assignment = await post<AssignmentDto>('lanhdao.anphu', '/api/bloc/assignments', {
      teamId: team.id,
      memberId: member,
      month: '2026-11',
    });
    const review = await post<BlocReviewDto>('lanhdao.anphu', '/api/bloc/reviews', {
      year: 2026,
      kind: 'mid_year',
      heldOn: '2026-07-10',
      summary: 'Sơ kết',
    });
    const focus = await post<FocusVillageDto>('lanhdao.anphu', '/api/bloc/focus', {
      year: 2026,
      neighbourhoodId: neighbourhoods['Khu phố Bến Đá'].id,
      criteria: [{ label: 'Tiêu chí', weight: 100, target: 1 }],
    });
    const practice = (await get<GoodPracticeDto[]>('lanhdao.anphu', '/api/bloc/good-practices', { year: 2026 }))[0];

    const pathIds: Record<string, Record<string, string>> = {
      '/api/bloc/members/{memberId}/end-term': { memberId: member },
      '/api/bloc/plans/{id}/tasks': { id: plan.id },
      '/api/bloc/plans/{id}/tasks/{taskId}/progress': {
        id: plan.id,
        taskId: withTask.tasks[0].id,
      },
      '/api/bloc/reviews/{id}': { id: review.id },
      '/api/bloc/reviews/{id}/document.pdf': { id: review.id },
      '/api/bloc/reviews/{id}/document.xlsx': { id: review.id },
      '/api/bloc/assignments/{id}/report': { id: assignment.id },
      '/api/bloc/focus/{id}/scores': { id: focus.id },
      '/api/bloc/good-practices/{id}/review': { id: practice.id },
      '/api/bloc/good-practices/{id}/recognise': { id: practice.id },
      '/api/bloc/good-practices/{id}/follow-ups': { id: practice.id },
      '/api/teams/{id}/members/{memberId}/end-term': {
        id: team.id,
        memberId: team.members[0].id,
      },
    };
    /** A valid request of each route aimed at An Phú (`target`), or at nothing (`missing`). */
    const requests: Record<
      string,
      (target: boolean) => {
        query?: Record<string, string | number>;
        body?: Record<string, unknown>;
      }
    > = {
      'get /api/bloc': (x) => ({ query: { communeId: x ? ap : randomUUID() } }),
      'put /api/bloc/rules': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          rules: 'Quy chế',
          adoptedOn: '2026-01-01',
        },
      }),
      'post /api/bloc/members': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          fullName: 'Người ngoài',
          position: 'Thành viên',
          kind: 'school',
          blocRole: 'member',
          termStart: '2026-11-01',
        },
      }),
      'post /api/bloc/members/{memberId}/end-term': () => ({
        body: { termEnd: '2026-11-15' },
      }),
      'get /api/bloc/plans': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/plans': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          year: 2027,
          title: 'Kế hoạch',
          resolutions: [{ kind: 'party_committee', reference: '1', title: 'NQ' }],
        },
      }),
      'post /api/bloc/plans/{id}/tasks': () => ({
        body: {
          content: 'Việc',
          resolutionId: plan.resolutions[0].id,
          ownerMemberId: member,
          dueDate: '2026-12-01',
        },
      }),
      'post /api/bloc/plans/{id}/tasks/{taskId}/progress': () => ({
        body: { status: 'done' },
      }),
      'get /api/bloc/briefings': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/briefings': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          heldOn: '2026-11-20',
          attendeeIds: [],
          summary: 'Giao ban',
        },
      }),
      'get /api/bloc/sentiment-notes': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/sentiment-notes': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          channel: 'field_survey',
          notedOn: '2026-11-20',
          category: 'land',
          level: 'stable',
          content: 'Ghi nhận',
        },
      }),
      'get /api/bloc/sentiment-report': (x) => ({
        query: { communeId: x ? ap : randomUUID(), year: 2026, quarter: 4 },
      }),
      'get /api/bloc/sentiment-report.pdf': (x) => ({
        query: { communeId: x ? ap : randomUUID(), year: 2026, quarter: 4 },
      }),
      'get /api/bloc/sentiment-report.xlsx': (x) => ({
        query: { communeId: x ? ap : randomUUID(), year: 2026, quarter: 4 },
      }),
      'get /api/bloc/evaluations': (x) => ({
        query: {
          communeId: x ? ap : randomUUID(),
          year: 2026,
          kind: 'year_end',
        },
      }),
      'get /api/bloc/reviews': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/reviews': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          year: 2026,
          kind: 'year_end',
          heldOn: '2026-11-20',
          summary: 'Tổng kết',
        },
      }),
      'get /api/bloc/reviews/{id}': () => ({}),
      'get /api/bloc/reviews/{id}/document.pdf': () => ({}),
      'get /api/bloc/reviews/{id}/document.xlsx': () => ({}),
      'get /api/bloc/watch': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'get /api/bloc/inspections': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/inspections': (x) => ({
        body: {
          teamId: x ? team.id : randomUUID(),
          visitedOn: '2026-11-20',
          month: '2026-10',
          meetingHeld: true,
          rulesKept: true,
          findings: 'Tốt',
        },
      }),
      'get /api/bloc/assignments': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/assignments': (x) => ({
        body: {
          teamId: x ? team.id : randomUUID(),
          memberId: member,
          month: '2026-12',
        },
      }),
      'post /api/bloc/assignments/{id}/report': () => ({
        body: { attended: true },
      }),
      'get /api/bloc/focus': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/focus': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          year: 2027,
          neighbourhoodId: neighbourhoods['Tổ dân phố 1'].id,
          criteria: [{ label: 'T', weight: 1, target: 1 }],
        },
      }),
      'post /api/bloc/focus/{id}/scores': () => ({
        body: {
          month: '2026-11',
          values: [{ criterionId: focus.criteria[0].id, value: 1 }],
        },
      }),
      'get /api/bloc/good-practices': (x) => ({
        query: { communeId: x ? ap : randomUUID() },
      }),
      'post /api/bloc/good-practices': (x) => ({
        body: {
          communeId: x ? ap : randomUUID(),
          year: 2026,
          title: 'Mô hình',
          description: 'Mô tả',
          results: 'Kết quả',
          owner: 'Tổ',
        },
      }),
      'post /api/bloc/good-practices/{id}/review': () => ({
        body: { outcome: 'endorse', note: 'Được' },
      }),
      'post /api/bloc/good-practices/{id}/recognise': () => ({
        body: { level: 'province' },
      }),
      'post /api/bloc/good-practices/{id}/follow-ups': () => ({
        body: {
          followedOn: '2026-11-20',
          place: 'Nơi khác',
          note: 'Nhân rộng',
        },
      }),
      'post /api/teams/{id}/members/{memberId}/end-term': () => ({
        body: { termEnd: '2026-11-15' },
      }),
    };
    const routes = (await apiRoutes(t)).filter((r) => r.path.startsWith('/api/bloc') || r.path.endsWith('/end-term'));
    // Every bloc route is listed here: a route added later must say how it is scoped.
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(requests).sort());

    const urlOf = (path: string, target: boolean, query?: Record<string, string | number>) => {
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => (target ? pathIds[path][name] : randomUUID()));
      return query ? `${filled}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}` : filled;
    };
    const problems: string[] = [];
    // Outsiders: Nậm Khoa's leader and land officer, and a leader of another province.
    for (const username of ['lanhdao.namkhoa', 'chuyenvien.namkhoa', 'ld.p2']) {
      for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        const [target, missing] = [requests[key](true), requests[key](false)];
        const existing = await call(t, route.method, urlOf(route.path, true, target.query), await auth(username), target.body);
        const absent = await call(t, route.method, urlOf(route.path, false, missing.query), await auth(username), missing.body);
        const refusedByRole = existing.status === 403 && JSON.parse(existing.text).code === 'ROLE_NOT_ALLOWED';
        if (!refusedByRole && existing.status !== 404)
          problems.push(`${username} ${key}: ${existing.status} ${existing.text.slice(0, 200)}`);
        if (problemShape(existing) !== problemShape(absent))
          problems.push(
            `${username} ${key}: ${existing.status} ${existing.text.slice(0, 120)} ≠ ${absent.status} ${absent.text.slice(0, 120)}`,
          );
      }
    }
    // Read-only: An Phú's inspector and the province inspector read and never write (the province inspector's one
    // write is the inspection visit); a commune officer who is not a member of the bloc cannot write either (a
    // reception officer keeps the teams' records, membership included, as before).
    for (const username of ['tt.ap', 'thanhtra.tinh', 'tiepdan.anphu']) {
      for (const route of routes.filter((r) => r.method !== 'get')) {
        const key = `${route.method} ${route.path}`;
        if (username === 'thanhtra.tinh' && key === 'post /api/bloc/inspections') continue;
        if (username === 'tiepdan.anphu' && key.startsWith('post /api/teams/')) continue;
        const target = requests[key](true);
        const res = await call(t, route.method, urlOf(route.path, true, target.query), await auth(username), target.body);
        if (res.status !== 403) problems.push(`${username} ${key}: ${res.status} ${res.text.slice(0, 200)}`);
      }
      for (const route of routes.filter((r) => r.method === 'get')) {
        const key = `${route.method} ${route.path}`;
        const target = requests[key](true);
        const res = await call(t, route.method, urlOf(route.path, true, target.query), await auth(username), target.body);
        if (res.status !== 200) problems.push(`${username} reads ${key}: ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
    // Nothing moved: the plan still has its one task, planned.
    const after = await get<BlocPlanDto[]>('lanhdao.anphu', '/api/bloc/plans', {
      year: 2026,
    });
    expect(after[0].tasks.map((k) => k.status)).toEqual(['planned']);
  }, 240_000);
});
