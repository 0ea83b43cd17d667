import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ATTACHMENT_LIMITS, type AgencyDto, type CaseAttachmentDto, type CaseDetailDto } from '@tiep-dan/contracts';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.from('Đơn khiếu nại về ranh giới thửa đất số 12\n'),
  Buffer.alloc(2048, 0x20),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Walks a folder and lists its files (relative paths), to prove what is and is not on disk. */
function filesUnder(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

describe.each(testDatabases())('case attachments on $kind', (db) => {
  let t: TestApp;
  let caseId: string;
  const tokens: Record<string, string> = {};
  const http = () => request(t.app.getHttpServer());
  const auth = (user: string) => bearer(tokens[user] as string);
  const attachmentsDir = () => join(t.config.dataDir, 'attachments');
  const rows = () =>
    t.app.get(DataSource).query(`SELECT file_name, sha256, size_bytes FROM case_attachments ORDER BY uploaded_at`) as Promise<
      Record<string, unknown>[]
    >;

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    for (const user of ['quantri', 'tiepdan.anphu', 'chuyenvien.diachinh', 'chuyenvien.namkhoa', 'lanhdao.namkhoa', 'thanhtra.tinh']) {
      tokens[user] = (await login(t, user)).accessToken;
    }
    const agencies = (await http().get('/api/agencies').set(auth('quantri')).expect(200)).body as AgencyDto[];
    const dc = agencies.find((a) => a.code === 'AP-DC') as AgencyDto;
    const created = await http()
      .post('/api/cases')
      .set(auth('tiepdan.anphu'))
      .send({
        type: 'complaint',
        channel: 'reception',
        category: 'land',
        summary: 'Khiếu nại ranh giới',
        leadAgencyId: dc.id,
        petitioner: { fullName: 'Trần Thị Hoa' },
      })
      .expect(201);
    caseId = (created.body as CaseDetailDto).id;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('stores the file under the data folder with its checksum and gives back the same bytes with the Vietnamese name', async () => {
    const res = await http()
      .post(`/api/cases/${caseId}/attachments`)
      .set(auth('tiepdan.anphu'))
      .attach('file', PDF, {
        filename: 'Đơn khiếu nại.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    const dto = res.body as CaseAttachmentDto;
    expect(dto).toMatchObject({
      caseId,
      fileName: 'Đơn khiếu nại.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha(PDF),
    });
    expect(dto.uploadedBy?.fullName).toBeTruthy();
    expect(filesUnder(attachmentsDir())).toEqual([`2026/${caseId}/${dto.id}`]);

    const list = (await http().get(`/api/cases/${caseId}/attachments`).set(auth('chuyenvien.diachinh')).expect(200))
      .body as CaseAttachmentDto[];
    expect(list.map((a) => a.id)).toEqual([dto.id]);

    const download = await http()
      .get(`/api/cases/${caseId}/attachments/${dto.id}/content`)
      .set(auth('chuyenvien.diachinh'))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Đơn khiếu nại.pdf')}`);
    expect(sha(download.body as Buffer)).toBe(sha(PDF));
  });

  it('refuses a missing file, a type outside the list, bytes that are not what they claim and files over the limit; nothing is written', async () => {
    const before = {
      rows: (await rows()).length,
      files: filesUnder(attachmentsDir()).length,
    };

    const missing = await http().post(`/api/cases/${caseId}/attachments`).set(auth('tiepdan.anphu')).field('note', 'x').expect(400);
    expect(missing.body).toMatchObject({
      code: 'ATTACHMENT_MISSING',
      errors: [{ field: 'file' }],
    });

    const exe = await http()
      .post(`/api/cases/${caseId}/attachments`)
      .set(auth('tiepdan.anphu'))
      .attach('file', Buffer.from('MZ\x90\x00'), {
        filename: 'virus.exe',
        contentType: 'application/x-msdownload',
      })
      .expect(415);
    expect(exe.body).toMatchObject({
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      errors: [{ field: 'file' }],
    });
    expect(exe.body.message).toBeTruthy();

    const disguised = await http()
      .post(`/api/cases/${caseId}/attachments`)
      .set(auth('tiepdan.anphu'))
      .attach('file', Buffer.from('MZ\x90\x00 not a pdf'), {
        filename: 'scan.pdf',
        contentType: 'application/pdf',
      })
      .expect(415);
    expect(disguised.body.code).toBe('ATTACHMENT_CONTENT_MISMATCH');

    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(ATTACHMENT_LIMITS.maxBytes, 0x20)]);
    const tooLarge = await http()
      .post(`/api/cases/${caseId}/attachments`)
      .set(auth('tiepdan.anphu'))
      .attach('file', huge, {
        filename: 'big.pdf',
        contentType: 'application/pdf',
      })
      .expect(413);
    expect(tooLarge.body).toMatchObject({
      code: 'ATTACHMENT_TOO_LARGE',
      errors: [{ field: 'file' }],
    });

    expect((await rows()).length).toBe(before.rows);
    expect(filesUnder(attachmentsDir()).length).toBe(before.files);
  });

  it('follows the case scope: another commune gets 404 on every route, the inspector may read but not upload', async () => {
    const [first] = (await http().get(`/api/cases/${caseId}/attachments`).set(auth('tiepdan.anphu')).expect(200))
      .body as CaseAttachmentDto[];
    for (const user of ['chuyenvien.namkhoa', 'lanhdao.namkhoa']) {
      expect((await http().get(`/api/cases/${caseId}/attachments`).set(auth(user)).expect(404)).body.code).toBe('CASE_NOT_FOUND');
      await http().get(`/api/cases/${caseId}/attachments/${first?.id}/content`).set(auth(user)).expect(404);
      await http()
        .post(`/api/cases/${caseId}/attachments`)
        .set(auth(user))
        .attach('file', PDF, {
          filename: 'x.pdf',
          contentType: 'application/pdf',
        })
        .expect(404);
    }
    await http().get(`/api/cases/${caseId}/attachments`).set(auth('thanhtra.tinh')).expect(200);
    await http()
      .post(`/api/cases/${caseId}/attachments`)
      .set(auth('thanhtra.tinh'))
      .attach('file', PDF, {
        filename: 'x.pdf',
        contentType: 'application/pdf',
      })
      .expect(403);
    await http().get(`/api/cases/${caseId}/attachments`).expect(401);
  });

  it('refuses to hand out a file whose bytes no longer match the checksum', async () => {
    const [first] = (await http().get(`/api/cases/${caseId}/attachments`).set(auth('tiepdan.anphu')).expect(200))
      .body as CaseAttachmentDto[];
    writeFileSync(join(attachmentsDir(), '2026', caseId, first?.id as string), 'tampered');
    const res = await http().get(`/api/cases/${caseId}/attachments/${first?.id}/content`).set(auth('tiepdan.anphu')).expect(500);
    expect(res.body.code).toBe('ATTACHMENT_CORRUPT');
  });
});
