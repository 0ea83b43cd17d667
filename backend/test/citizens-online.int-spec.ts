import request from 'supertest';
import type {
  AgencyDto,
  AgencyRatingDto,
  CaseDetailDto,
  CitizenNoticeDto,
  LetterPage,
  OnlinePetitionResponse,
  PublicLookupResponse,
  PublicPetitionOptionsDto,
} from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { NoticeDelivery } from '../src/citizens/notice-delivery';
import { leadingZeroBits } from '../src/citizens/proof-of-work';
import { NotificationsService } from '../src/notifications/notifications.service';
import { bearer, login } from './support/auth';
import { startHttpProvider, type HttpProviderStub } from './support/http-provider-stub';
import { citizenIp, solvedChallenge, submitPetition, TINY_JPEG } from './support/petitions';
import { startSmtpCatcher, type SmtpCatcher } from './support/smtp-catcher';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const SMS_TOKEN = 'test-provider-token-not-a-secret';
const DENOUNCER = {
  fullName: 'Lê Thị Kínmiệng',
  idNumber: '038299001188',
  phone: '0966001188',
  email: 'kin.mieng.xyz@example.vn',
  senderAddress: 'Số 9 ngõ Bímật, An Phú',
};

/**
 * Issue 19, the public door: a citizen petitions online without an account, the petition waits in the letter triage
 * like a posted one, the citizen hears of every step by e-mail and SMS (a real SMTP server and a local HTTP gateway
 * in this process), follows it at the lookup and rates the answer once.
 */
describe.each(testDatabases())('citizens online on $kind', (db) => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let sms: HttpProviderStub;
  let agencies: Record<string, AgencyDto>;
  let options: PublicPetitionOptionsDto;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;
  async function auth(username: string): Promise<Record<string, string>> {
    let token = tokens.get(username);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(username, token);
    }
    return bearer(token);
  }
  const event = async (username: string, caseId: string, type: string, payload: Record<string, unknown> = {}) => {
    const res = await http()
      .post(`/api/cases/${caseId}/events`)
      .set(await auth(username))
      .send({ type, payload });
    if (res.status !== 200) throw new Error(`${type} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  };
  /** The outbox, then the notices, as the scheduler would run them. */
  const deliver = async () => {
    await t.app.get(NotificationsService).dispatchOnce();
    return t.app.get(NoticeDelivery).deliverOnce();
  };
  const anPhu = () => must(options.communes.find((c) => c.code === 'AP'));
  const reflection = (extra: Record<string, string | number | string[] | undefined> = {}) => ({
    type: 'reflection',
    category: 'environment',
    communeId: anPhu().id,
    neighbourhoodId: anPhu().neighbourhoods[0]?.id,
    summary: 'Cống thoát nước ngõ 12 bị tắc, nước tràn ra đường',
    details: 'Từ tuần trước mỗi lần mưa nước ngập đến đầu gối.',
    placeAddress: 'Ngõ 12 đường Lê Lợi, tổ dân phố 2',
    latitude: 21.0285,
    longitude: 105.8542,
    phone: '0912000111',
    email: 'cu.dan.mot@example.vn',
    ...extra,
  });

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    sms = await startHttpProvider();
    t = await startTestApp(db, {
      SCHEDULER_ENABLED: 'false',
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Tiếp Dân An Phú <tiepdan@anphu.example.vn>',
      SMS_PROVIDER_URL: sms.url,
      SMS_PROVIDER_TOKEN: SMS_TOKEN,
      PUBLIC_URL: 'https://tiepdan.example.vn',
      PETITION_POW_BITS: '8',
      PETITION_LIMIT_PER_ADDRESS: '3',
      PETITION_LIMIT_PER_CONTACT: '3',
      NOTICE_MAX_ATTEMPTS: '3',
      NOTICE_RETRY_SECONDS: '60',
    });
    t.clock.set('2026-06-15T03:00:00.000Z');
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
    options = (await http().get('/api/public/petitions/options').expect(200)).body as PublicPetitionOptionsDto;
  }, 120_000);

  afterAll(async () => {
    await t?.dispose();
    await smtp?.close();
    await sms?.close();
  });

  it('offers the communes, their neighbourhoods and the channels it can deliver, with no account', () => {
    expect(options.communes.map((c) => c.code)).toEqual(expect.arrayContaining(['AP', 'NK']));
    expect(anPhu().neighbourhoods.length).toBeGreaterThan(0);
    expect(options.channels).toEqual(['email', 'sms']);
    expect(options.powBits).toBe(8);
  });

  it('takes a reflection with a photo into the letter triage, notifies every step, shows the answer and takes one rating', async () => {
    const sent = await submitPetition(t, reflection(), [{ bytes: TINY_JPEG, name: 'cống tắc.jpg', type: 'image/jpeg' }]);
    expect(sent.status).toBe(201);
    const petition = sent.body as OnlinePetitionResponse;
    expect(petition).toMatchObject({
      lookupPath: `/lookup?code=${petition.caseCode}`,
      lookupPin: null,
      notify: ['email', 'sms'],
    });
    expect(petition.caseCode).toMatch(/^PA-2026-\d{6}$/);

    // It waits in the register of letters like a posted letter, channel online, its matter awaiting triage.
    const letters = (
      await http()
        .get('/api/letters?channel=online&pending=true')
        .set(await auth('tiepdan.anphu'))
        .expect(200)
    ).body as LetterPage;
    const letter = must(letters.items.find((l) => l.code === petition.letterCode));
    expect(letter).toMatchObject({
      channel: 'online',
      confidential: false,
      registeredBy: null,
      triaged: false,
    });
    expect(letter.matters).toEqual([
      expect.objectContaining({
        code: petition.caseCode,
        type: 'reflection',
        state: 'received',
      }),
    ]);
    const caseId = letter.matters[0].caseId;
    const detail = (
      await http()
        .get(`/api/cases/${caseId}`)
        .set(await auth('tiepdan.anphu'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(detail.channel).toBe('online');
    expect(detail.content).toContain('Ngõ 12 đường Lê Lợi');
    expect(detail.content).toContain('21.0285, 105.8542');
    expect(detail.history[0]).toMatchObject({
      type: 'CREATED',
      actorName: 'Công dân gửi qua cổng trực tuyến',
      actorRole: 'system',
    });
    const files = (
      await http()
        .get(`/api/cases/${caseId}/attachments`)
        .set(await auth('tiepdan.anphu'))
        .expect(200)
    ).body as { fileName: string; uploadedBy: unknown }[];
    expect(files).toEqual([expect.objectContaining({ fileName: 'cống tắc.jpg', uploadedBy: null })]);

    // The receipt goes out at once, by e-mail and SMS.
    expect(await deliver()).toBe(2);
    const receipt = must(smtp.messages.find((m) => m.subject.includes(petition.caseCode)));
    expect(receipt.to).toEqual(['cu.dan.mot@example.vn']);
    expect(receipt.headers['from']).toContain('tiepdan@anphu.example.vn');
    expect(receipt.subject).toBe(`[Tiếp Dân] ${petition.caseCode}: Đã nhận đơn / Petition received`);
    expect(receipt.text).toContain(`https://tiepdan.example.vn/lookup?code=${petition.caseCode}`);
    expect(sms.calls[0]).toMatchObject({
      authorization: `Bearer ${SMS_TOKEN}`,
      body: {
        channel: 'sms',
        to: '0912000111',
        text: expect.stringContaining(petition.caseCode),
      },
    });

    // Triage at the desk, the answer by the land office, approved by the head, the citizen notified.
    await event('tiepdan.anphu', caseId, 'ACCEPT', {
      agencyId: agencies['AP-DC'].id,
    });
    await event('chuyenvien.diachinh', caseId, 'SUBMIT_RESPONSE', {
      response: 'Đã nạo vét cống ngõ 12 ngày 16/6; nước đã thoát bình thường.',
    });
    await event('truong.diachinh', caseId, 'APPROVE');
    await event('chuyenvien.diachinh', caseId, 'NOTIFY_CITIZEN');
    expect(await deliver()).toBe(4);
    const mails = smtp.messages.filter((m) => m.subject.includes(petition.caseCode)).map((m) => m.subject);
    expect(mails).toEqual([
      `[Tiếp Dân] ${petition.caseCode}: Đã nhận đơn / Petition received`,
      `[Tiếp Dân] ${petition.caseCode}: Đã thụ lý / Accepted`,
      `[Tiếp Dân] ${petition.caseCode}: Đã có kết quả giải quyết / Answered`,
    ]);
    const answer = must(smtp.messages.find((m) => m.subject.endsWith('Answered')));
    expect(answer.text).toContain('Đã nạo vét cống ngõ 12');
    expect(answer.text).toContain('Công chức Địa chính – Xây dựng phường An Phú');
    const accepted = must(smtp.messages.find((m) => m.subject.endsWith('Accepted')));
    expect(accepted.text).toMatch(/Hạn giải quyết: \d{2}\/\d{2}\/2026/);

    // The case page shows each notice and how it went, the address masked.
    const notices = (
      await http()
        .get(`/api/cases/${caseId}/citizen-notices`)
        .set(await auth('chuyenvien.diachinh'))
        .expect(200)
    ).body as CitizenNoticeDto[];
    expect(notices).toHaveLength(6);
    expect(notices.every((n) => n.status === 'sent' && n.attempts === 1)).toBe(true);
    expect(notices.map((n) => n.recipient)).toEqual(expect.arrayContaining(['c***@example.vn', '***0111']));

    // The lookup shows the answer; the citizen rates it once.
    const lookup = (
      await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', citizenIp())
        .send({ code: petition.caseCode, phoneLast4: '0111' })
        .expect(200)
    ).body as PublicLookupResponse;
    expect(lookup).toMatchObject({
      answered: true,
      rating: null,
      outcome: { vi: expect.stringContaining('Đã nạo vét cống') },
    });
    const rating = {
      code: petition.caseCode,
      phoneLast4: '0111',
      stars: 4,
      comment: 'Xử lý nhanh',
    };
    await http()
      .post('/api/public/lookup/rating')
      .set('X-Forwarded-For', citizenIp())
      .send({ ...rating, phoneLast4: '9999' })
      .expect(404);
    const rated = await http().post('/api/public/lookup/rating').set('X-Forwarded-For', citizenIp()).send(rating).expect(201);
    expect(rated.body).toMatchObject({ stars: 4, comment: 'Xử lý nhanh' });
    const again = await http()
      .post('/api/public/lookup/rating')
      .set('X-Forwarded-For', citizenIp())
      .send({ ...rating, stars: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RATING_ALREADY_GIVEN');
    const after = (
      await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', citizenIp())
        .send({ code: petition.caseCode, phoneLast4: '0111' })
        .expect(200)
    ).body as PublicLookupResponse;
    expect(after.rating).toMatchObject({ stars: 4, comment: 'Xử lý nhanh' });
    // The commune leader sees the land office's average; a leader of the other commune does not.
    const averages = (
      await http()
        .get('/api/ratings/agencies')
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as AgencyRatingDto[];
    expect(averages).toEqual([
      {
        agencyId: agencies['AP-DC'].id,
        agencyName: agencies['AP-DC'].name,
        count: 1,
        average: 4,
      },
    ]);
    expect(
      (
        await http()
          .get('/api/ratings/agencies')
          .set(await auth('lanhdao.namkhoa'))
          .expect(200)
      ).body,
    ).toEqual([]);
  });

  it('refuses a rating before the answer', async () => {
    const sent = (await submitPetition(t, reflection({ phone: '0912000222', email: undefined }))).body as OnlinePetitionResponse;
    const res = await http()
      .post('/api/public/lookup/rating')
      .set('X-Forwarded-For', citizenIp())
      .send({ code: sent.caseCode, phoneLast4: '0222', stars: 5 });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('RATING_NOT_ANSWERED');
  });

  it('gives a citizen without a phone 4 digits for the lookup, in the answer and in the receipt', async () => {
    const sent = await submitPetition(t, reflection({ phone: undefined, email: 'chi.email@example.vn' }));
    expect(sent.status).toBe(201);
    const petition = sent.body as OnlinePetitionResponse;
    expect(petition.lookupPin).toMatch(/^\d{4}$/);
    expect(petition.notify).toEqual(['email']);
    await deliver();
    const receipt = must(smtp.messages.find((m) => m.to.includes('chi.email@example.vn')));
    expect(receipt.text).toContain(`mã tra cứu ${petition.lookupPin}`);
    await http()
      .post('/api/public/lookup')
      .set('X-Forwarded-For', citizenIp())
      .send({ code: petition.caseCode, phoneLast4: petition.lookupPin })
      .expect(200);
  });

  it('keeps an online denunciation’s sender in the vault, and tells only them', async () => {
    const before = smtp.messages.length;
    const sent = await submitPetition(t, {
      type: 'denunciation',
      category: 'land',
      communeId: anPhu().id,
      summary: 'Tố cáo cán bộ địa chính nhận tiền khi đo đạc',
      details: 'Xin giữ bí mật danh tính người tố cáo.',
      ...DENOUNCER,
    });
    expect(sent.status).toBe(201);
    const petition = sent.body as OnlinePetitionResponse;
    expect(petition).toMatchObject({
      lookupPath: null,
      lookupPin: null,
      notify: ['email', 'sms'],
    });
    const [c] = await sql<{ id: string; lookup_digest: string | null }>(`SELECT id, lookup_digest FROM cases WHERE code = $1`, [
      petition.caseCode,
    ]);
    expect(c.lookup_digest).toBeNull();
    expect(await sql(`SELECT 1 FROM case_parties WHERE case_id = $1`, [c.id])).toEqual([]);
    expect((await sql(`SELECT 1 FROM confidential_identities WHERE case_id = $1`, [c.id])).length).toBe(1);
    expect(await sql(`SELECT email, phone, sealed FROM citizen_contacts WHERE case_id = $1`, [c.id])).toEqual([
      { email: null, phone: null, sealed: true },
    ]);
    const [letter] = await sql<{ senders: unknown[]; confidential: boolean }>(
      `SELECT senders, confidential FROM letters WHERE id = (SELECT letter_id FROM cases WHERE id = $1)`,
      [c.id],
    );
    expect(letter).toEqual({ senders: [], confidential: true });

    await deliver();
    const mails = smtp.messages.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([DENOUNCER.email]);
    // The notice itself names no one and offers no lookup (a denunciation is never looked up).
    for (const secret of [DENOUNCER.fullName, DENOUNCER.idNumber, DENOUNCER.phone, 'Bímật', 'Kínmiệng'])
      expect(mails[0].text).not.toContain(secret);
    expect(mails[0].text).not.toContain('/lookup');
    const notices = (
      await http()
        .get(`/api/cases/${c.id}/citizen-notices`)
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CitizenNoticeDto[];
    expect(notices.map((n) => [n.channel, n.status, n.recipient])).toEqual(
      expect.arrayContaining([
        ['email', 'sent', null],
        ['sms', 'sent', null],
      ]),
    );
    // The denunciation is not found at the lookup, even with the denouncer's own digits.
    await http()
      .post('/api/public/lookup')
      .set('X-Forwarded-For', citizenIp())
      .send({ code: petition.caseCode, phoneLast4: '1188' })
      .expect(404);
    // No table holds the denouncer's e-mail or phone in clear.
    const found = await sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM citizen_contacts WHERE email = $1 OR phone = $2) + (SELECT count(*) FROM rate_limits WHERE key LIKE '%' || $2 || '%' OR key LIKE '%' || $1 || '%')
         + (SELECT count(*) FROM outbox WHERE payload::text LIKE '%' || $2 || '%') + (SELECT count(*) FROM citizen_notices WHERE details::text LIKE '%' || $1 || '%') AS n`,
      [DENOUNCER.email, DENOUNCER.phone],
    );
    expect(Number(found[0].n)).toBe(0);
  });

  it('refuses robots, replays, incomplete petitions and files that are not photos, writing nothing', async () => {
    const count = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases`))[0].n;
    const start = await count();
    const expectRefused = async (res: request.Response, status: number, code: string, field?: string) => {
      expect({
        status: res.status,
        code: res.body.code,
        type: res.headers['content-type'],
      }).toEqual({
        status,
        code,
        type: expect.stringContaining('application/problem+json'),
      });
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await expectRefused(await submitPetition(t, reflection({ website: 'http://spam.example' })), 400, 'PETITION_REJECTED');
    await expectRefused(
      await submitPetition(t, reflection({ challenge: 'not.a.real.challenge', solution: 'x' })),
      400,
      'PETITION_CHALLENGE_FAILED',
      'solution',
    );
    const ip = citizenIp();
    const proof = await solvedChallenge(t, ip);
    // A wrong solution for this challenge: one whose hash misses the 8 zero bits (a blind change would meet them once in
    // 256 runs and make this test fail by chance).
    let wrong = `${proof.solution}z`;
    while (leadingZeroBits(createHash('sha256').update(`${proof.challenge}:${wrong}`).digest()) >= 8) wrong += 'z';
    await expectRefused(
      await submitPetition(t, reflection({ ...proof, solution: wrong }), [], ip),
      400,
      'PETITION_CHALLENGE_FAILED',
      'solution',
    );
    expect((await submitPetition(t, reflection({ ...proof, phone: '0912000333', email: undefined }), [], ip)).status).toBe(201);
    await expectRefused(
      await submitPetition(t, reflection({ ...proof, phone: '0912000444', email: undefined }), [], ip),
      400,
      'PETITION_CHALLENGE_FAILED',
      'solution',
    );
    await expectRefused(await submitPetition(t, reflection({ type: 'complaint', category: 'land' })), 400, 'PETITION_INVALID', 'fullName');
    await expectRefused(await submitPetition(t, reflection({ phone: undefined, email: undefined })), 400, 'PETITION_INVALID', 'phone');
    await expectRefused(await submitPetition(t, reflection({ latitude: 95 })), 400, 'VALIDATION_FAILED', 'latitude');
    await expectRefused(await submitPetition(t, reflection({ communeId: agencies['AP-DC'].id })), 400, 'PETITION_INVALID', 'communeId');
    await expectRefused(
      await submitPetition(
        t,
        reflection({
          neighbourhoodId: must(options.communes.find((c) => c.code === 'NK')).neighbourhoods[0].id,
        }),
      ),
      400,
      'PETITION_INVALID',
      'neighbourhoodId',
    );
    await expectRefused(await submitPetition(t, reflection({ notify: 'zalo' })), 400, 'PETITION_INVALID', 'notify');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]);
    await expectRefused(
      await submitPetition(t, reflection(), [{ bytes: exe, name: 'anh.jpg', type: 'image/jpeg' }]),
      415,
      'PETITION_FILE_REFUSED',
      'files',
    );
    await expectRefused(
      await submitPetition(t, reflection(), [{ bytes: TINY_JPEG, name: 'don.docx', type: 'application/msword' }]),
      415,
      'PETITION_FILE_REFUSED',
      'files',
    );
    const six = Array.from({ length: 6 }, (_, i) => ({
      bytes: TINY_JPEG,
      name: `anh-${i}.jpg`,
      type: 'image/jpeg',
    }));
    await expectRefused(await submitPetition(t, reflection(), six), 400, 'PETITION_FILE_REFUSED', 'files');
    const big = Buffer.concat([TINY_JPEG, Buffer.alloc(10 * 1024 * 1024)]);
    await expectRefused(
      await submitPetition(t, reflection(), [{ bytes: big, name: 'lon.jpg', type: 'image/jpeg' }]),
      413,
      'PETITION_FILE_REFUSED',
      'files',
    );
    expect(await count()).toBe(start + 1);
  });

  it('throttles per client address and per phone or e-mail, in the database, with Retry-After', async () => {
    const ip = citizenIp();
    for (let i = 0; i < 3; i++)
      expect((await submitPetition(t, reflection({ phone: `091300000${i}`, email: undefined }), [], ip)).status).toBe(201);
    const fourth = await submitPetition(t, reflection({ phone: '0913000009', email: undefined }), [], ip);
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('PETITION_THROTTLED');
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    // The same e-mail from three other addresses, then a fourth time.
    for (let i = 0; i < 3; i++)
      expect((await submitPetition(t, reflection({ phone: undefined, email: 'nhieu.don@example.vn' }))).status).toBe(201);
    const again = await submitPetition(t, reflection({ phone: undefined, email: 'NHIEU.DON@example.vn' }));
    expect(again.status).toBe(429);
    expect(again.body.message.en).toContain('This phone or e-mail');
    // The throttle keeps a keyed digest, never the contact itself.
    expect(await sql(`SELECT key FROM rate_limits WHERE key LIKE '%nhieu.don%' OR key LIKE '%0913000%'`)).toEqual([]);
  });

  it('retries a failed notice with backoff, gives up after the last attempt, and never retries a permanent refusal', async () => {
    const sent = (await submitPetition(t, reflection({ phone: '0914000555', email: 'thu.lai@example.vn' }))).body as OnlinePetitionResponse;
    const [{ id: caseId }] = await sql<{ id: string }>(`SELECT id FROM cases WHERE code = $1`, [sent.caseCode]);
    const status = async () =>
      Object.fromEntries(
        (
          await sql<{
            channel: string;
            status: string;
            attempts: number;
            last_error: string | null;
            next_attempt_at: Date | null;
          }>(`SELECT channel, status, attempts, last_error, next_attempt_at FROM citizen_notices WHERE case_id = $1`, [caseId])
        ).map((r) => [r.channel, r]),
      );
    smtp.failing = true;
    sms.status = 400;
    await deliver();
    let now = await status();
    expect(now['email']).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'smtp 451',
    });
    expect(new Date(must(now['email'].next_attempt_at)).getTime() - t.clock.now().getTime()).toBe(60_000);
    // The gateway refused the number: no retry.
    expect(now['sms']).toMatchObject({
      status: 'dead',
      attempts: 1,
      last_error: 'sms http 400',
      next_attempt_at: null,
    });
    // Not due yet: nothing is claimed.
    expect(await t.app.get(NoticeDelivery).deliverOnce()).toBe(0);
    t.clock.advance(60_000);
    await t.app.get(NoticeDelivery).deliverOnce();
    now = await status();
    expect(now['email']).toMatchObject({ status: 'failed', attempts: 2 });
    expect(new Date(must(now['email'].next_attempt_at)).getTime() - t.clock.now().getTime()).toBe(120_000);
    t.clock.advance(120_000);
    await t.app.get(NoticeDelivery).deliverOnce();
    expect((await status())['email']).toMatchObject({
      status: 'dead',
      attempts: 3,
      last_error: 'smtp 451',
      next_attempt_at: null,
    });
    const shown = (
      await http()
        .get(`/api/cases/${caseId}/citizen-notices`)
        .set(await auth('tiepdan.anphu'))
        .expect(200)
    ).body as CitizenNoticeDto[];
    expect(shown.map((n) => [n.channel, n.status, n.lastError])).toEqual(
      expect.arrayContaining([
        ['email', 'dead', 'smtp 451'],
        ['sms', 'dead', 'sms http 400'],
      ]),
    );
    smtp.failing = false;
    sms.status = 200;

    // A passing outage: failed once, sent on the retry.
    const next = (await submitPetition(t, reflection({ phone: '0914000666', email: 'lan.sau@example.vn' }))).body as OnlinePetitionResponse;
    sms.status = 503;
    await deliver();
    sms.status = 200;
    t.clock.advance(60_000);
    await t.app.get(NoticeDelivery).deliverOnce();
    const [{ id: nextId }] = await sql<{ id: string }>(`SELECT id FROM cases WHERE code = $1`, [next.caseCode]);
    const rows = await sql<{
      channel: string;
      status: string;
      attempts: number;
    }>(`SELECT channel, status, attempts FROM citizen_notices WHERE case_id = $1 ORDER BY channel`, [nextId]);
    expect(rows).toEqual([
      { channel: 'email', status: 'sent', attempts: 1 },
      { channel: 'sms', status: 'sent', attempts: 2 },
    ]);
  });

  it('sends each notice once when instances deliver at the same time', async () => {
    const before = smtp.messages.length;
    for (let i = 0; i < 6; i++) await submitPetition(t, reflection({ phone: undefined, email: `song.song.${i}@example.vn` }));
    await t.app.get(NotificationsService).dispatchOnce();
    const delivery = t.app.get(NoticeDelivery);
    const claimed = await Promise.all([delivery.deliverOnce(3), delivery.deliverOnce(3), delivery.deliverOnce(3)]);
    expect(claimed.reduce((a, b) => a + b, 0)).toBe(6);
    const to = smtp.messages.slice(before).flatMap((m) => m.to);
    expect(to.sort()).toEqual(Array.from({ length: 6 }, (_, i) => `song.song.${i}@example.vn`).sort());
  });
});
