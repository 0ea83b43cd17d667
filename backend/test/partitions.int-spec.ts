import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { SecurityAuditService } from '../src/platform/audit/security-audit.service';
import { Clock } from '../src/platform/clock/clock';
import type { AppConfig } from '../src/platform/config/app-config';
import { dataSourceOptions } from '../src/platform/database/data-source-options';
import { JobRunner } from '../src/platform/jobs/job-runner';
import { HistoryPartitionsJob, type HistoryJobReport } from '../src/platform/history/history-partitions.job';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const MIGRATION = 'HistoryPartitions1765300000000';

describe.each(testDatabases())('history partitions on $kind', (db) => {
  let t: TestApp;
  /** The real Vietnam day the suite started on (the migrations create partitions as of the real time). */
  const startedOn = vnDateOf(new Date());
  let agencies: Record<string, AgencyDto>;
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;
  const job = () => t.app.get(HistoryPartitionsJob);
  /** The job as another instance configured with a retention would run it. */
  const jobWith = (history: Partial<AppConfig['history']>) =>
    new HistoryPartitionsJob(t.app.get(DataSource), t.app.get(Clock), t.app.get(SecurityAuditService), t.app.get(JobRunner), {
      ...t.config,
      history: { ...t.config.history, ...history },
    });
  const partitionsOf = async (table: string) =>
    (
      await sql<{ name: string; bound: string }>(
        `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = $1::regclass ORDER BY 1`,
        [table],
      )
    ).map((r) => r.name);
  const whereEvents = (caseId: string) =>
    sql<{ part: string; type: string }>(`SELECT tableoid::regclass::text AS part, type FROM case_events WHERE case_id = $1 ORDER BY seq`, [
      caseId,
    ]);

  async function create(): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(bearer(await login(t, 'tiepdan.anphu')))
      .send({
        type: 'complaint',
        channel: 'reception',
        category: 'land',
        summary: 'Khiếu nại về ranh giới đất (phân vùng lịch sử)',
        leadAgencyId: agencies['AP-DC'].id,
        petitioner: { fullName: 'Nguyễn Văn Bình' },
      });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  async function detail(id: string): Promise<CaseDetailDto> {
    const res = await http()
      .get(`/api/cases/${id}`)
      .set(bearer(await login(t, 'tiepdan.anphu')));
    expect(res.status).toBe(200);
    return res.body as CaseDetailDto;
  }

  beforeAll(async () => {
    // The job runs when a test says so; the deadline sweeper stays out of the way.
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    const list = (
      await http()
        .get('/api/agencies')
        .set(bearer(await login(t, 'quantri')))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('made case_events and security_audit partitioned by month of "at", with a default partition', async () => {
    const rows = await sql<{ table: string; strategy: string; key: string }>(
      `SELECT p.partrelid::regclass::text AS table, p.partstrat AS strategy, pg_get_partkeydef(p.partrelid) AS key FROM pg_partitioned_table p ORDER BY 1`,
    );
    expect(rows).toEqual([
      { table: 'case_events', strategy: 'r', key: 'RANGE (at)' },
      { table: 'security_audit', strategy: 'r', key: 'RANGE (at)' },
    ]);
    for (const table of ['case_events', 'security_audit']) expect(await partitionsOf(table)).toContain(`${table}_default`);
  });

  it('creates this month and three ahead, idempotently, also when two instances run it at once', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const first = await job().runOnce();
    for (const table of ['case_events', 'security_audit'])
      expect(await partitionsOf(table)).toEqual(
        expect.arrayContaining(['2026_03', '2026_04', '2026_05', '2026_06'].map((m) => `${table}_p${m}`)),
      );
    expect(first.detached).toEqual([]);
    expect((await job().runOnce()).created).toEqual([]);

    // A year later, two runs race: each month is created once, neither fails.
    t.clock.set('2027-06-10T03:00:00.000Z');
    const before = [...(await partitionsOf('case_events')), ...(await partitionsOf('security_audit'))];
    const reports: HistoryJobReport[] = await Promise.all([job().runOnce(), job().runOnce()]);
    const created = reports.flatMap((r) => r.created).sort();
    const expected = ['2027_06', '2027_07', '2027_08', '2027_09']
      .flatMap((m) => [`case_events_p${m}`, `security_audit_p${m}`])
      .filter((name) => !before.includes(name))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(created).toEqual(expected);
    expect(new Set(created).size).toBe(created.length);
    expect(await partitionsOf('case_events')).toEqual(
      expect.arrayContaining(['2027_06', '2027_07', '2027_08', '2027_09'].map((m) => `case_events_p${m}`)),
    );
    expect((await job().runOnce()).created).toEqual([]);
  });

  it('writes each event into the partition of its month (Vietnam time), and reads the history across them', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    await job().runOnce();
    const c = await create();
    // 00:30 on 1 April in Vietnam is still 31 March in UTC: April's partition.
    t.clock.set('2026-03-31T17:30:00.000Z');
    const accepted = await http()
      .post(`/api/cases/${c.id}/events`)
      .set(bearer(await login(t, 'chuyenvien.diachinh')))
      .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: agencies['AP-DC'].id } });
    expect(accepted.status).toBe(200);
    expect(await whereEvents(c.id)).toEqual([
      { part: 'case_events_p2026_03', type: 'CREATED' },
      // The handler's first action claims the case: recorded just before it.
      { part: 'case_events_p2026_04', type: 'HANDLER_ASSIGNED' },
      { part: 'case_events_p2026_04', type: 'TRIAGE_ACCEPT' },
    ]);
    expect((await detail(c.id)).history.map((h) => h.type)).toEqual(['CREATED', 'HANDLER_ASSIGNED', 'TRIAGE_ACCEPT']);
    // The security log is partitioned too: the sign-ins just made are in March's and April's partitions.
    const audit = await sql<{ part: string }>(
      `SELECT DISTINCT tableoid::regclass::text AS part FROM security_audit WHERE at >= '2026-03-01T00:00:00Z' AND at < '2026-04-15T00:00:00Z' ORDER BY 1`,
    );
    expect(audit.map((a) => a.part)).toEqual(['security_audit_p2026_03', 'security_audit_p2026_04']);
    // Still append-only, partition by partition.
    await expect(sql(`UPDATE case_events SET note = 'x' WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM case_events_p2026_03 WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
  });

  it('moves rows that landed in the default partition into a partition of their month', async () => {
    // 2031: no partition yet, so the events and the sign-in go to the default partitions (nothing fails).
    t.clock.set('2031-01-12T03:00:00.000Z');
    const c = await create();
    expect(await whereEvents(c.id)).toEqual([{ part: 'case_events_default', type: 'CREATED' }]);
    const counts = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_week_counts WHERE week >= '2031-01-01'`);
    const report = await job().runOnce();
    expect(report.moved).toMatchObject({ case_events_p2031_01: 1 });
    expect(report.moved['security_audit_p2031_01']).toBeGreaterThanOrEqual(1);
    expect(await whereEvents(c.id)).toEqual([{ part: 'case_events_p2031_01', type: 'CREATED' }]);
    expect(await sql(`SELECT 1 FROM case_events_default`)).toEqual([]);
    expect(await sql(`SELECT 1 FROM security_audit_default`)).toEqual([]);
    // The move fired no insert trigger a second time, and the moved partition keeps the table's rules and keys.
    expect(await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_week_counts WHERE week >= '2031-01-01'`)).toEqual(counts);
    await expect(sql(`DELETE FROM case_events WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(
      sql(
        `INSERT INTO case_events (case_id, seq, type, payload, actor_role, at, to_state) SELECT case_id, seq, type, payload, actor_role, at, to_state FROM case_events WHERE case_id = $1`,
        [c.id],
      ),
    ).rejects.toThrow(/duplicate key/);
    expect((await detail(c.id)).history.map((h) => h.type)).toEqual(['CREATED']);
    expect((await job().runOnce()).moved).toEqual({});
  });

  it('detaches months past the retention for archiving, keeps the months open cases need, and records each detachment', async () => {
    // An archived (closed) case of May 2026, an open case of March 2026 (created above), and today 2028-09.
    t.clock.set('2026-05-05T03:00:00.000Z');
    await job().runOnce();
    const closed = await create();
    const archived = await http()
      .post(`/api/cases/${closed.id}/events`)
      .set(bearer(await login(t, 'tiepdan.anphu')))
      .send({ type: 'TRIAGE_ARCHIVE', payload: { reason: 'Đơn trùng', ground: 'duplicate' } });
    expect(archived.status).toBe(200);
    expect((await sql<{ closed: boolean }>(`SELECT closed_at IS NOT NULL AS closed FROM cases WHERE id = $1`, [closed.id]))[0].closed).toBe(
      true,
    );
    const open = await sql<{ case_id: string }>(
      `SELECT DISTINCT e.case_id FROM case_events_p2026_03 e JOIN cases c ON c.id = e.case_id WHERE c.closed_at IS NULL`,
    );
    expect(open.length).toBeGreaterThan(0);

    t.clock.set('2028-09-15T03:00:00.000Z');
    const report = await jobWith({ retentionMonths: 24 }).runOnce();
    // Cutoff: September 2026. March and April 2026 hold an open case's history; May 2026 only the closed one's.
    expect(report.kept).toEqual(expect.arrayContaining(['case_events_p2026_03', 'case_events_p2026_04']));
    expect(report.detached).toEqual(
      expect.arrayContaining([
        { table: 'case_events', month: '2026_05', archive: 'case_events_archived_2026_05' },
        { table: 'security_audit', month: '2026_03', archive: 'security_audit_archived_2026_03' },
      ]),
    );
    expect(report.detached.every((d) => d.month < '2026_09')).toBe(true);
    const parts = await partitionsOf('case_events');
    expect(parts).not.toContain('case_events_p2026_05');
    // The month the migration created as current (the real Vietnam month when the suite started) is past the cutoff too.
    const migratedMonth = `case_events_p${startedOn.slice(0, 4)}_${startedOn.slice(5, 7)}`;
    expect(parts).toEqual(expect.arrayContaining(['case_events_p2026_03', migratedMonth, 'case_events_p2028_09', 'case_events_default']));
    // The archive is a standalone table with the month's rows, outside the history the app reads.
    expect(await sql(`SELECT type FROM case_events_archived_2026_05 WHERE case_id = $1 ORDER BY seq`, [closed.id])).toEqual([
      { type: 'CREATED' },
      { type: 'TRIAGE_ARCHIVE' },
    ]);
    expect(await sql(`SELECT 1 FROM case_events WHERE case_id = $1`, [closed.id])).toEqual([]);
    // Each detachment is in the security log.
    const logged = await sql<{ target_id: string; details: { table: string; month: string; retentionMonths: number } }>(
      `SELECT target_id, details FROM security_audit WHERE action = 'history.detach' ORDER BY id`,
    );
    expect(logged.map((l) => l.target_id).sort()).toEqual(report.detached.map((d) => d.archive).sort());
    expect(logged[0].details.retentionMonths).toBe(24);
    // The app still reads current history: the open case's whole history, a new event on it, the security log.
    const c = open[0].case_id;
    const before = (await detail(c)).history.length;
    expect(before).toBeGreaterThan(0);
    const admin = await login(t, 'quantri');
    const log = await http().get('/api/security-audit?action=history.detach').set(bearer(admin));
    expect(log.status).toBe(200);
    expect(log.body.items.length).toBe(report.detached.length);
    // A second run finds nothing more to detach.
    const again = await jobWith({ retentionMonths: 24 }).runOnce();
    expect(again.detached).toEqual([]);
  });

  it('migrates existing rows into their partitions, and back with the down migration', async () => {
    const ds = new DataSource(dataSourceOptions(t.database.url, 1));
    await ds.initialize();
    try {
      const counts = async () =>
        (await ds.query(
          `SELECT (SELECT count(*)::int FROM case_events) AS events, (SELECT count(*)::int FROM security_audit) AS audit, (SELECT max(id)::text FROM case_events) AS max_id`,
        )) as {
          events: number;
          audit: number;
          max_id: string;
        }[];
      const [before] = await counts();
      const caseId = (await ds.query(`SELECT id FROM cases LIMIT 1`))[0].id as string;
      const applied = async () =>
        ((await ds.query(`SELECT 1 FROM schema_migrations WHERE name = $1`, [MIGRATION])) as unknown[]).length > 0;
      // Back to just before the partitions (later migrations first).
      while (await applied()) await ds.undoLastMigration({ transaction: 'each' });
      expect(await ds.query(`SELECT 1 FROM pg_partitioned_table`)).toEqual([]);
      expect(await counts()).toEqual([before]);
      // Rows written to the plain tables in months nobody has a partition for yet.
      const week = async () => (await ds.query(`SELECT coalesce(sum(became_overdue), 0)::int AS n FROM case_week_counts`))[0].n as number;
      await ds.query(
        `INSERT INTO case_events (case_id, seq, type, payload, actor_role, at, to_state) VALUES ($1, 1000, 'DEADLINE_PASSED', '{}', 'system', '2019-07-04T05:00:00Z', 'received'), ($1, 1001, 'NOTE', '{}', 'system', '2019-08-31T17:10:00Z', 'received')`,
        [caseId],
      );
      await ds.query(`INSERT INTO security_audit (at, action) VALUES ('2018-02-01T00:00:00Z', 'logout')`);
      const overdue = await week();
      const [seeded] = await counts();

      await ds.runMigrations({ transaction: 'each' });
      expect(await applied()).toBe(true);
      expect(await counts()).toEqual([seeded]);
      expect(
        await ds.query(`SELECT seq, tableoid::regclass::text AS part FROM case_events WHERE case_id = $1 AND seq >= 1000 ORDER BY seq`, [
          caseId,
        ]),
      ).toEqual([
        { seq: 1000, part: 'case_events_p2019_07' },
        // 00:10 on 1 September in Vietnam.
        { seq: 1001, part: 'case_events_p2019_09' },
      ]);
      expect(await ds.query(`SELECT tableoid::regclass::text AS part FROM security_audit WHERE at = '2018-02-01T00:00:00Z'`)).toEqual([
        { part: 'security_audit_p2018_02' },
      ]);
      // Moved once, counted once; the identifiers go on from where they were.
      expect(await week()).toBe(overdue);
      const [{ max }] = (await ds.query(`SELECT max(id)::text AS max FROM security_audit`)) as { max: string }[];
      const [{ id }] = (await ds.query(`INSERT INTO security_audit (at, action) VALUES (now(), 'logout') RETURNING id::text AS id`)) as {
        id: string;
      }[];
      expect(BigInt(id)).toBeGreaterThan(BigInt(max));
    } finally {
      await ds.destroy();
    }
  });
});
