import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto, CaseType } from '@tiep-dan/contracts';
import { restoreCase } from '@tiep-dan/workflows';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

type Step = [user: string, type: string, payload?: Record<string, unknown>];

interface DeadlineRow {
  deadline_clock: Record<string, unknown> | null;
  deadline_rule_id: string | null;
  rule_set_version: string | null;
  clock_started_at: Date | null;
  due_at: Date | null;
  due_soon_at: Date | null;
  next_deadline_at: Date | null;
  overdue_since: Date | null;
}

interface HistoryRow {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  actor_role: string;
  from_state: string;
  to_state: string;
  note: string | null;
  at: Date;
}

const DEADLINE_COLUMNS =
  'deadline_clock, deadline_rule_id, rule_set_version, clock_started_at, due_at, due_soon_at, next_deadline_at, overdue_since';

/**
 * A deadline that passes while the case's state takes no deadline event (a final state whose clock still runs) is
 * still recorded: history, context fact, notification and the weekly counter, exactly once; a limit that binds the
 * citizen is never an agency's overdue.
 */
describe.each(testDatabases())('deadline facts on states that take no deadline event, on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function run(id: string, steps: Step[]): Promise<CaseDetailDto> {
    let last: CaseDetailDto | undefined;
    for (const [user, type, payload] of steps) {
      const res = await http()
        .post(`/api/cases/${id}/events`)
        .set(await auth(user))
        .send({ type, payload: payload ?? {} });
      if (res.status !== 200) throw new Error(`${type} by ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
      last = res.body as CaseDetailDto;
    }
    if (!last) throw new Error('no steps');
    return last;
  }

  const deadlineRow = async (id: string) => (await sql<DeadlineRow>(`SELECT ${DEADLINE_COLUMNS} FROM cases WHERE id = $1`, [id]))[0];
  const history = (id: string) =>
    sql<HistoryRow>(
      `SELECT seq, type, payload, actor_role, from_state, to_state, note, at FROM case_events WHERE case_id = $1 ORDER BY seq`,
      [id],
    );
  const outboxTopics = async (id: string) =>
    (await sql<{ topic: string }>(`SELECT topic FROM outbox WHERE case_id = $1 ORDER BY id`, [id])).map((r) => r.topic);
  const becameOverdue = async (id: string) =>
    Number(
      (
        await sql<{ n: string }>(
          `SELECT COALESCE(sum(w.became_overdue), 0) AS n FROM case_week_counts w JOIN cases c ON c.commune_id = w.commune_id WHERE c.id = $1`,
          [id],
        )
      )[0].n,
    );
  async function sweep(): Promise<void> {
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
  }

  /** A first complaint decided (rejected), notified and closed: 'closed' is final and keeps the second-filing clock. */
  async function closedComplaint(): Promise<{ id: string; resolveClock: DeadlineRow }> {
    const res = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send({
        type: 'complaint' satisfies CaseType,
        channel: 'reception',
        category: 'land',
        summary: 'Khiếu nại quyết định thu hồi đất',
        petitioner: { fullName: 'Nguyễn Văn Bình', idNumber: '001200012345', phone: '0912345678' },
        leadAgencyId: agencies['AP-DC'].id,
      });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    const id = (res.body as CaseDetailDto).id;
    await run(id, [['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
    const resolveClock = await deadlineRow(id);
    const closed = await run(id, [
      ['chuyenvien.diachinh', 'RECORD_VERIFICATION', { findings: 'Ranh giới đúng theo bản đồ địa chính', demandMatchesFindings: true }],
      ['chuyenvien.diachinh', 'PROPOSE_DECISION', { summary: 'Không công nhận nội dung khiếu nại', outcome: 'rejected' }],
      ['lanhdao.anphu', 'APPROVE', { documentNo: '12/QĐ-UBND' }],
      ['chuyenvien.diachinh', 'NOTIFY_PARTIES', {}],
      ['chuyenvien.diachinh', 'CLOSE', {}],
    ]);
    expect(closed).toMatchObject({ state: 'closed', deadlineRuleId: 'complaint.second-filing' });
    return { id, resolveClock };
  }

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('records a passed agency deadline in a final state: history, context fact, notification and weekly count, once', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const { id, resolveClock } = await closedComplaint();
    expect(resolveClock).toMatchObject({ deadline_rule_id: 'complaint.resolve.first', overdue_since: null });
    // A closed case whose agency clock still runs (as a machine version that keeps the resolution clock past 'closed'
    // would store it): 'closed' is final, so the machine takes no DEADLINE_* event there.
    await sql(
      `UPDATE cases SET deadline_clock = $2, deadline_rule_id = $3, rule_set_version = $4, clock_started_at = $5, due_at = $6,
         due_soon_at = $7, next_deadline_at = $8 WHERE id = $1`,
      [
        id,
        resolveClock.deadline_clock,
        resolveClock.deadline_rule_id,
        resolveClock.rule_set_version,
        resolveClock.clock_started_at,
        resolveClock.due_at,
        resolveClock.due_soon_at,
        resolveClock.next_deadline_at,
      ],
    );
    const dueSoonAt = new Date(resolveClock.due_soon_at as Date);
    const dueAt = new Date(resolveClock.due_at as Date);
    const before = await history(id);
    const outboxBefore = await outboxTopics(id);
    const overdueBefore = await becameOverdue(id);

    t.clock.set(new Date(dueSoonAt.getTime() + 1000));
    await sweep();
    const warnedAt = t.clock.now().toISOString();
    t.clock.set(new Date(dueAt.getTime() + 1000));
    await sweep();
    const passedAt = t.clock.now().toISOString();

    const after = await history(id);
    const added = after.slice(before.length);
    const dueDate = added[0]?.payload['dueDate'];
    expect(typeof dueDate).toBe('string');
    expect(
      added.map(({ seq, type, payload, actor_role, from_state, to_state, note }) => ({
        seq,
        type,
        payload,
        actor_role,
        from_state,
        to_state,
        note,
      })),
    ).toEqual([
      {
        seq: before.length + 1,
        type: 'DEADLINE_WARNING',
        payload: { ruleId: 'complaint.resolve.first', dueDate },
        actor_role: 'system',
        from_state: 'closed',
        to_state: 'closed',
        note: 'Ghi nhận sắp đến hạn (trạng thái không nhận sự kiện thời hạn)',
      },
      {
        seq: before.length + 2,
        type: 'DEADLINE_PASSED',
        payload: { ruleId: 'complaint.resolve.first', dueDate },
        actor_role: 'system',
        from_state: 'closed',
        to_state: 'closed',
        note: 'Ghi nhận quá hạn (trạng thái không nhận sự kiện thời hạn)',
      },
    ]);

    const [kase] = await sql<{
      version: number;
      state: string;
      snapshot: unknown;
      machine_version: number;
      overdue_since: Date | null;
      next_deadline_at: Date | null;
      closed_at: Date | null;
    }>(`SELECT version, state, snapshot, machine_version, overdue_since, next_deadline_at, closed_at FROM cases WHERE id = $1`, [id]);
    expect(kase.version).toBe(after.length);
    expect(kase).toMatchObject({ state: 'closed', overdue_since: dueAt, next_deadline_at: null });
    expect(kase.closed_at).not.toBeNull();

    // The facts sit where the machines' recordDueSoon / recordOverdue put them, and the snapshot still restores.
    const restored = restoreCase('complaint', kase.machine_version, kase.snapshot);
    expect(restored.status).toBe('done');
    expect(restored.value).toBe('closed');
    expect(restored.context['dueSoon']).toEqual({ at: warnedAt, ruleId: 'complaint.resolve.first', dueDate });
    expect(restored.context['overdue']).toEqual({ at: passedAt, ruleId: 'complaint.resolve.first', dueDate });

    expect((await outboxTopics(id)).slice(outboxBefore.length)).toEqual(['case.due_soon', 'case.overdue']);
    expect(await becameOverdue(id)).toBe(overdueBefore + 1);
    const detail = (
      await http()
        .get(`/api/cases/${id}`)
        .set(await auth('chuyenvien.diachinh'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(detail.version).toBe(after.length);

    // Exactly once: the clock carries both marks and is no longer claimed.
    t.clock.advance(30 * 24 * 3600_000);
    await sweep();
    expect(await history(id)).toHaveLength(after.length);
    expect((await outboxTopics(id)).length).toBe(outboxBefore.length + 2);
    expect(await becameOverdue(id)).toBe(overdueBefore + 1);
  });

  it("never makes the citizen's second-filing window an agency's overdue", async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const { id } = await closedComplaint();
    const closed = await deadlineRow(id);
    // The window is shown with its date but never claimed by the scheduler.
    expect(closed).toMatchObject({ deadline_rule_id: 'complaint.second-filing', next_deadline_at: null, overdue_since: null });
    expect(closed.due_at).not.toBeNull();
    const before = await history(id);
    const outboxBefore = await outboxTopics(id);
    const overdueBefore = await becameOverdue(id);
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM cases WHERE id = $1`, [id]);

    // Also when a row was stored with the window due (before the citizen's limits were told apart): only the clock is marked.
    await sql(`UPDATE cases SET next_deadline_at = due_at WHERE id = $1`, [id]);
    t.clock.set(new Date(new Date(closed.due_at as Date).getTime() + 1000));
    await sweep();

    const after = await deadlineRow(id);
    expect(after).toMatchObject({ next_deadline_at: null, overdue_since: null });
    expect(after.deadline_clock).toMatchObject({ ruleId: 'complaint.second-filing', passedAt: t.clock.now().toISOString() });
    expect(await history(id)).toHaveLength(before.length);
    expect(await outboxTopics(id)).toEqual(outboxBefore);
    expect(await becameOverdue(id)).toBe(overdueBefore);
    const [kase] = await sql<{ version: number; snapshot: { context: Record<string, unknown> } }>(
      `SELECT version, snapshot FROM cases WHERE id = $1`,
      [id],
    );
    expect(kase.version).toBe(version);
    expect(kase.snapshot.context['overdue']).toBeUndefined();
  });
});
