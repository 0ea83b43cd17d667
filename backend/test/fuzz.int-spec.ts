import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import request from 'supertest';
import { apiRoutes, type ApiRoute } from './support/api-routes';
import { login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/**
 * Issue 16, "every 500": every operation of the app's own OpenAPI document (so routes added later are fuzzed too) gets
 * malformed input from every role and from no one, and must answer below 500 with a problem+json `code` when it
 * refuses. Bounded: a few mutations per route, a fixed seed, a few seconds per database.
 */

/** Routes that would end the fuzzer's own sessions or move time for everyone; their edges are tested elsewhere. */
const SKIPPED = [/^\/api\/auth\/(logout|password)$/, /^\/api\/testing\//];
/** One account per role; `null` is a caller without a token. */
const CALLERS = [
  'quantri',
  'tiepdan.anphu',
  'lanhdao.anphu',
  'chuyenvien.diachinh',
  'truong.diachinh',
  'totruong.to3',
  'lanhdao.tinh',
  'thanhtra.tinh',
  null,
];
const RUNS_PER_ROUTE = 8;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Under Node's 16 KB header limit, so the URL itself reaches the app (a bigger one is refused by Node, not by us). */
const LONG_IN_URL = 4_000;

type Where = 'path' | 'query' | 'body' | 'wholeBody';

const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    'nul\u0000byte',
    'bell\u0007and\u001b',
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    '1e308',
    '-1',
    '2026-02-30',
    '99999-01-01T00:00:00Z',
    '%00',
    "'; DROP TABLE cases; --",
    '',
    ' ',
    1e308,
    -1,
    0,
    2 ** 53,
    -(2 ** 31) - 1,
    3.5,
    true,
    null,
    [],
    {},
    [null],
    { $ne: null },
    { __proto__: { polluted: true } },
  ),
  fc.constant(null).map(() => randomUUID()),
  // Values that get past the validators into the services: event names and payloads with ids the database checks.
  fc.constantFrom('TRIAGE_ACCEPT', 'ASSIGN', 'ACCEPT', 'TRANSFER'),
  fc.constantFrom<unknown>({ agencyId: 'not-a-uuid' }, { agencyId: randomUUID() }, { agencyId: 'nul\u0000' }, { agencyId: 42 }),
  fc.string({ maxLength: 40 }),
  fc.constant('x'.repeat(300_000)),
  fc.array(fc.constant(randomUUID()), { maxLength: 3 }),
);

/**
 * Open311 GeoReport v2 routes refuse in the spec's own shape: a list of `{code, description}` in JSON, or
 * `<errors><error>…` in XML (problem+json only for what fails before the route, such as a malformed body).
 */
function isOpen311Refusal(res: request.Response, contentType: string): boolean {
  if (contentType.startsWith('text/xml')) return /<errors>\s*<error>\s*<code>\d{3}<\/code>/.test(res.text ?? '');
  return (
    contentType.startsWith('application/json') &&
    Array.isArray(res.body) &&
    res.body.length > 0 &&
    (res.body as { code?: unknown; description?: unknown }[]).every((e) => typeof e.code === 'number' && typeof e.description === 'string')
  );
}

const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe.each(testDatabases())('fuzzing every operation on $kind', (db) => {
  let t: TestApp;
  let routes: ApiRoute[];
  const tokens = new Map<string, string>();
  /** Ids of real records (cases, sessions, users…) read from the list routes, so path ids also hit rows that exist. */
  let knownIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    routes = (await apiRoutes(t)).filter((r) => !SKIPPED.some((re) => re.test(r.path)));
    for (const username of CALLERS) if (username) tokens.set(username, (await login(t, username)).accessToken);
    const ids = new Set<string>();
    for (const route of routes.filter((r) => r.method === 'get' && !r.pathParams.length && !r.query.some((q) => q.required)))
      for (const username of ['quantri', 'lanhdao.anphu', 'chuyenvien.diachinh']) {
        const res = await request(t.app.getHttpServer())
          .get(route.path)
          .set('Authorization', `Bearer ${tokens.get(username)}`);
        for (const id of res.text?.match(UUID) ?? []) ids.add(id);
      }
    knownIds = [...ids].slice(0, 300);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')).slice(0, LONG_IN_URL);

  async function send(
    route: ApiRoute,
    caller: string | null,
    where: Where,
    target: number,
    value: unknown,
    deep: boolean,
    pick: number,
    extra: unknown,
  ) {
    const idFor = (n: number) => (n % 3 === 0 ? randomUUID() : knownIds[n % knownIds.length]);
    const pathParams = Object.fromEntries(route.pathParams.map((p, i) => [p, idFor(pick + i) as string]));
    const query: Record<string, string> = Object.fromEntries(
      route.query.filter((q) => q.required).map((q) => [q.name, q.enum?.[0] ?? (q.format === 'uuid' ? randomUUID() : 'x')]),
    );
    let body: unknown = structuredClone(route.sampleBody);
    if (where === 'path' && route.pathParams.length) pathParams[route.pathParams[target % route.pathParams.length]] = asText(value);
    else if (where === 'query' && route.query.length) query[route.query[target % route.query.length].name] = asText(value);
    else if (where === 'body') {
      const keys = Object.keys(route.sampleBody);
      // Two fields at once, so a valid-looking field (an event name) can carry a hostile one (its payload) inside.
      body = keys.length
        ? {
            ...(body as object),
            [keys[(target + 1) % keys.length]]: extra,
            [keys[target % keys.length]]: value,
          }
        : { extra: value };
    } else body = value;
    const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name]));
    let req = request(t.app.getHttpServer())[route.method](url).query(query);
    const token = caller ? tokens.get(caller) : undefined;
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    if (route.multipart && where === 'body' && !deep) {
      // A multipart route gets its fields as form fields: every one filled, two of them hostile.
      const fields = route.multipartFields;
      for (const [i, name] of fields.entries())
        req = req.field(name, i === target % fields.length ? asText(value) : i === (target + 1) % fields.length ? asText(extra) : 'x');
      return req;
    }
    if (route.method !== 'get') {
      if (deep) req = req.set('Content-Type', 'application/json').send(deepJson(5_000));
      else req = req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
    }
    return req;
  }

  it('answers hostile input to every operation, from every role, without a 5xx and with a problem code', async () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(knownIds.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const [index, route] of routes.entries()) {
      await fc
        .assert(
          fc.asyncProperty(
            fc.constantFrom(...CALLERS),
            fc.constantFrom<Where>('path', 'query', 'body', 'wholeBody'),
            fc.nat(20),
            hostileValue,
            fc.boolean(),
            fc.nat(1_000),
            hostileValue,
            async (caller, where, target, value, deep, pick, extra) => {
              const res = await send(route, caller, where, target, value, deep && route.method !== 'get', pick, extra);
              const contentType = String(res.headers['content-type'] ?? '');
              const problem =
                res.status < 400 ||
                (contentType.includes('application/problem+json') && typeof res.body?.code === 'string') ||
                (route.path.startsWith('/open311/') && isOpen311Refusal(res, contentType));
              if (res.status >= 500 || !problem) {
                failures.push(
                  `${route.method.toUpperCase()} ${route.path} as ${caller ?? 'anonymous'} (${deep && route.method !== 'get' ? 'deep JSON body' : `${where}=${asText(value).slice(0, 60)}`}) → ${res.status} ${contentType} ${res.text?.slice(0, 200)}`,
                );
                return false;
              }
              return true;
            },
          ),
          { numRuns: RUNS_PER_ROUTE, seed: 16_000 + index, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
  });
});
