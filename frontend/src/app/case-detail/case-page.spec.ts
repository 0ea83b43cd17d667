import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { CaseDetailDto, CaseType, DeadlineExplanation } from '@tiep-dan/contracts';
import { describeMachine } from '@tiep-dan/workflows';
import { PageTitle } from '../core/i18n/page-title';
import { NOW } from '../shared/ui/due-badge';
import { CasePage } from './case-page';

const NOW_AT = new Date('2026-03-10T03:00:00.000Z');

const explanation: DeadlineExplanation = {
  ruleId: 'complaint.resolve.first',
  ruleVersion: 1,
  step: { vi: 'Giải quyết khiếu nại lần đầu', en: 'First complaint' },
  legalBasis: {
    document: 'Luật Khiếu nại 2011',
    article: 'Điều 28',
    vi: '30 ngày kể từ ngày thụ lý',
    en: '30 days from acceptance',
  },
  unit: 'calendar',
  direction: 'forward',
  variant: 'standard',
  startedAt: '2026-03-02T02:00:00.000Z',
  startDate: '2026-03-02',
  length: 30,
  countedDays: 30,
  skippedDays: [],
  extensions: [],
  suspensions: [],
  dueDate: '2026-04-01',
  dueAt: '2026-04-01T16:59:59.999Z',
  dueSoonAt: '2026-03-27T17:00:00.000Z',
  summary: {
    vi: 'Hạn là ngày 01/04/2026: 30 ngày kể từ ngày thụ lý',
    en: 'Due 01/04/2026',
  },
};

function detail(type: CaseType, state: string, allowed: string[], extra: Partial<CaseDetailDto> = {}): CaseDetailDto {
  const lifecycle = describeMachine(type, 1);
  return {
    id: 'c1',
    code: 'KN-2026-000007',
    type,
    state,
    stateLabel: lifecycle.states.find((s) => s.id === state)?.label ?? {
      vi: state,
      en: state,
    },
    version: 3,
    category: 'land',
    channel: 'post',
    summary: 'Khiếu nại thu hồi đất thửa 215',
    communeId: 'ap',
    neighbourhoodId: null,
    leadAgencyId: 'dc',
    leadAgencyName: 'Địa chính An Phú',
    receivedAt: '2026-03-02T02:00:00.000Z',
    deadlineRuleId: 'complaint.resolve.first',
    dueAt: explanation.dueAt,
    dueSoonAt: explanation.dueSoonAt,
    overdueSince: null,
    deadlineStatus: 'on_time',
    pendingParty: 'agency',
    reassignable: true,
    closedAt: null,
    citizenName: 'Nguyễn Văn Bình',
    content: 'Nội dung đơn',
    groupSize: 1,
    provinceId: 'ma',
    coordinatingAgencyIds: [],
    machineId: type,
    machineVersion: 1,
    remoteArea: false,
    parties: [
      {
        role: 'petitioner',
        fullName: 'Nguyễn Văn Bình',
        idNumber: '001200012345',
        address: null,
        phone: null,
      },
    ],
    hasConfidentialIdentity: false,
    canRevealIdentity: false,
    notices: [],
    related: {
      duplicateOf: null,
      secondComplaintOf: null,
      forwardedFrom: null,
    },
    links: [],
    decider: null,
    followUps: { secondComplaint: null, reDenunciation: null },
    letter: null,
    deadline: explanation,
    history: [
      {
        seq: 1,
        type: 'CREATED',
        label: { vi: 'x', en: 'x' },
        at: '2026-03-02T02:00:00.000Z',
        actorName: 'tiepdan.anphu',
        actorFullName: 'Nguyễn Thị Lan',
        actorRole: 'reception_officer',
        fromState: null,
        toState: 'received',
        note: null,
        payload: { sessionId: '7d0c6f2e-1b5a-4c1e-9a56-0f6a1b2c3d4e' },
        sessionDate: '2026-03-02',
      },
      {
        seq: 2,
        type: 'HANDLER_ASSIGNED',
        label: { vi: 'Phân công chuyên viên', en: 'Handler assigned' },
        at: '2026-03-03T02:00:00.000Z',
        actorName: 'chuyenvien.diachinh',
        actorFullName: 'Lê Văn Hùng',
        actorRole: 'agency_handler',
        fromState: 'received',
        toState: 'received',
        sessionDate: null,
        note: 'Tự nhận xử lý khi thao tác lần đầu',
        payload: {
          handlerId: 'u1',
          handlerName: 'Lê Văn Hùng',
          previousHandlerId: null,
          previousHandlerName: null,
          claimed: true,
        },
      },
      {
        seq: 3,
        type: 'TRIAGE_ACCEPT',
        label: { vi: 'Thụ lý', en: 'Accept' },
        at: '2026-03-03T02:00:00.000Z',
        actorName: 'chuyenvien.diachinh',
        actorFullName: null,
        actorRole: 'agency_handler',
        fromState: 'received',
        toState: 'accepted.verification',
        note: null,
        payload: {
          agencyId: 'dc',
          linkedCaseId: '8e1d7a3f-2c6b-4d2f-8b67-1a7b2c3d4e5f',
        },
        sessionDate: null,
      },
    ],
    allowedEvents: allowed.map((t) => ({
      type: t as never,
      label: lifecycle.events.find((e) => e.type === t)?.label ?? {
        vi: t,
        en: t,
      },
    })),
    blockedEvents: [],
    lifecycle,
    context: { caseId: 'c-1', receivedAt: '2026-03-02T02:00:00.000Z', remote: false, updatedAt: '2026-03-02T02:00:00.000Z' },
    ...extra,
  };
}

describe('CasePage', () => {
  let fixture: ComponentFixture<CasePage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const q = <T extends Element = HTMLElement>(selector: string) => el().querySelector<T>(selector);

  function signInAs(role: string): void {
    sessionStorage.setItem(
      'tiepdan.session',
      JSON.stringify({
        accessToken: 't',
        expiresIn: 900,
        refreshToken: 'r',
        refreshExpiresAt: '',
        user: {
          id: 'u1',
          username: 'chuyenvien.diachinh',
          fullName: 'Lê Văn Hùng',
          role,
          agency: { id: 'dc', name: 'Địa chính', kind: 'unit' },
          communeId: 'ap',
          provinceId: 'ma',
          neighbourhoodId: null,
        },
      }),
    );
  }

  async function settle(): Promise<void> {
    fixture.detectChanges();
    // Let the awaited API calls resolve (they are promises, which the fixture does not track).
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  /** Opens the page on `body` and answers the side requests (agencies, files, assignment). */
  async function open(body: CaseDetailDto | { status: number }): Promise<void> {
    fixture = TestBed.createComponent(CasePage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.detectChanges();
    http.expectOne('/api/agencies').flush([
      {
        id: 'dc',
        parentId: 'ap',
        kind: 'unit',
        code: 'AP-DC',
        name: 'Địa chính An Phú',
        remoteArea: false,
        communeId: 'ap',
        provinceId: 'ma',
        active: true,
      },
    ]);
    const get = http.expectOne('/api/cases/c1');
    if ('status' in body)
      get.flush(
        {
          code: 'CASE_NOT_FOUND',
          message: { vi: 'Không tìm thấy', en: 'Not found' },
        },
        { status: body.status, statusText: 'x' },
      );
    else get.flush(body);
    await settle();
    for (const r of http.match('/api/cases/c1/attachments')) r.flush([]);
    flushDialogues();
    for (const r of http.match('/api/cases/c1/assignee'))
      r.flush({
        caseId: 'c1',
        handler: null,
        version: 3,
        canReassign: false,
        canClaim: true,
        canRelease: false,
        candidates: [],
      });
    await settle();
  }

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    signInAs('agency_handler');
    TestBed.configureTestingModule({
      imports: [CasePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: NOW, useValue: () => NOW_AT },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  /** A complaint's page also lists its dialogue sessions (none here). */
  const flushDialogues = () => {
    for (const r of http.match((req) => req.url === '/api/dialogues')) r.flush([]);
  };

  afterEach(() => {
    flushDialogues();
    // The notices sent to the citizen (none: the case did not come in online).
    for (const r of http.match((req) => req.url.endsWith('/citizen-notices'))) r.flush([]);
    http.verify();
  });

  it('shows the header, why this date with its legal basis, the lifecycle at the current step and the history', async () => {
    await open(detail('complaint', 'accepted.verification', ['RECORD_VERIFICATION', 'REQUEST_EXTENSION', 'WITHDRAW']));
    expect(q('[data-testid="case-code"]')?.textContent).toBe('KN-2026-000007');
    expect(q('[data-testid="case-state"]')?.textContent?.trim()).toBe('Đang xác minh');
    expect(q('[data-testid="case-due"]')?.textContent?.trim()).toBe('01/04/2026');
    expect(q('[data-testid="due-badge"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Trong hạn · còn 22 ngày');
    expect(q('[data-testid="legal-basis"]')?.textContent).toContain('Luật Khiếu nại 2011 — Điều 28');
    expect(q('[data-testid="why-due-date"]')?.textContent?.trim()).toBe('01/04/2026');
    expect(q('[data-status="current"]')?.getAttribute('data-state')).toBe('accepted.verification');
    expect(q('[data-state="received"]')?.getAttribute('data-status')).toBe('visited');
    expect(q('[data-state="closed"]')?.getAttribute('data-status')).toBe('ahead');
    const history = q('[data-testid="history"]')?.textContent ?? '';
    expect(history).toContain('Tiếp nhận hồ sơ');
    expect(history).toContain('Thụ lý');
    expect(history).toContain('Địa chính An Phú');
    // The handler's first action took the case: said so, with who took it, and no raw flag.
    const claim = q('[data-seq="2"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(claim).toContain('Chuyên viên tự nhận xử lý');
    expect(claim).toContain('Lê Văn Hùng');
    expect(claim).toContain('Tự nhận xử lý khi thao tác lần đầu');
    expect(claim).not.toContain('claimed');
    // People by full name and role, the session by its day, Vietnam time, and no raw id.
    const created = q('[data-seq="1"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(created).toContain('Nguyễn Thị Lan · Cán bộ tiếp công dân');
    expect(created).toContain('Buổi tiếp ngày 02/03/2026');
    expect(created).toContain('02/03/2026 09:00');
    expect(created).not.toContain('tiepdan.anphu');
    expect(history).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(q('[data-seq="3"]')?.textContent).toContain('chuyenvien.diachinh');
    expect(q('[data-testid="case-pending"]')?.textContent?.trim()).toBe('Cơ quan giải quyết');
    expect(q('[data-testid="assignee"]')?.textContent).toContain('Chưa phân công');
  });

  it('generates each action form from the event payload and sends exactly it with the version seen', async () => {
    await open(detail('complaint', 'accepted.verification', ['RECORD_VERIFICATION', 'REQUEST_EXTENSION']));
    expect(Array.from(el().querySelectorAll('[data-action]')).map((b) => b.getAttribute('data-action'))).toEqual([
      'RECORD_VERIFICATION',
      'REQUEST_EXTENSION',
    ]);
    q('[data-action="RECORD_VERIFICATION"]')?.click();
    await settle();
    const form = q('form[data-event="RECORD_VERIFICATION"]');
    expect(Array.from(form?.querySelectorAll('[data-field]') ?? []).map((f) => f.getAttribute('data-field'))).toEqual([
      'findings',
      'demandMatchesFindings',
    ]);

    // Required fields are checked before anything is sent.
    q('[data-testid="event-submit"]')?.click();
    await settle();
    http.expectNone('/api/cases/c1/events');
    expect(form?.textContent).toContain('Không được để trống');

    const findings = q<HTMLTextAreaElement>('textarea[data-field="findings"]');
    if (!findings) throw new Error('no findings field');
    findings.value = '  Đúng hiện trạng  ';
    findings.dispatchEvent(new Event('input'));
    q('[data-testid="event-submit"]')?.click();
    await settle();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/cases/c1/events',
    });
    expect(post.request.body).toEqual({
      type: 'RECORD_VERIFICATION',
      payload: { findings: 'Đúng hiện trạng', demandMatchesFindings: false },
      expectedVersion: 3,
    });
    expect(post.request.headers.get('Idempotency-Key')).toBeTruthy();
    post.flush(
      detail('complaint', 'accepted.verified', ['SCHEDULE_DIALOGUE'], {
        version: 4,
      }),
    );
    await settle();
    for (const r of http.match('/api/cases/c1/assignee'))
      r.flush({
        caseId: 'c1',
        handler: null,
        version: 4,
        canReassign: false,
        canClaim: true,
        canRelease: false,
        candidates: [],
      });
    expect(q('[data-testid="case-state"]')?.textContent?.trim()).toBe('Đã xác minh');
    expect(q('[data-testid="case-banner"]')?.textContent).toContain('Đã ghi nhận: Ghi nhận kết quả xác minh');
    expect(q('form[data-event]')).toBeNull();
  });

  it('reloads and says so when someone else changed the case (409)', async () => {
    await open(detail('complaint', 'accepted.verification', ['RECORD_VERIFICATION']));
    q('[data-action="RECORD_VERIFICATION"]')?.click();
    await settle();
    const findings = q<HTMLTextAreaElement>('textarea[data-field="findings"]');
    if (!findings) throw new Error('no findings field');
    findings.value = 'Kết quả';
    findings.dispatchEvent(new Event('input'));
    q('[data-testid="event-submit"]')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/cases/c1/events' }).flush(
      {
        code: 'CASE_VERSION_CONFLICT',
        message: { vi: 'x', en: 'x' },
        currentVersion: 5,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    http.expectOne('/api/cases/c1').flush(
      detail('complaint', 'accepted.verified', ['SCHEDULE_DIALOGUE'], {
        version: 5,
      }),
    );
    await settle();
    for (const r of http.match('/api/cases/c1/assignee'))
      r.flush({
        caseId: 'c1',
        handler: null,
        version: 5,
        canReassign: false,
        canClaim: true,
        canRelease: false,
        candidates: [],
      });
    expect(q('[data-testid="case-banner"]')?.textContent).toContain('Hồ sơ vừa được người khác cập nhật');
    expect(q('[data-testid="case-state"]')?.textContent?.trim()).toBe('Đã xác minh');
    // The verification form no longer applies at the new step.
    expect(q('form[data-event]')).toBeNull();
  });

  it('asks for at least 5 days of notice before a complaint dialogue', async () => {
    await open(detail('complaint', 'accepted.verified', ['SCHEDULE_DIALOGUE']));
    // The dialogue can also be held as a dialogue session (minutes, opinions, commitments) linked to the complaint.
    expect(q('[data-testid="schedule-dialogue-session"]')?.getAttribute('href')).toBe('/dialogues?caseId=c1');
    q('[data-action="SCHEDULE_DIALOGUE"]')?.click();
    await settle();
    const form = q('form[data-event="SCHEDULE_DIALOGUE"]');
    expect(form?.textContent).toContain('chọn từ ngày 2026-03-15');
    const set = (selector: string, value: string) => {
      const input = q<HTMLInputElement>(selector);
      if (!input) throw new Error(selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('input[data-field="date"]', '2026-03-12');
    set('input[data-field="place"]', 'Hội trường');
    set('textarea[data-field="participants"]', 'Nguyễn Văn Bình\n\n Lê Văn Hùng ');
    q('[data-testid="event-submit"]')?.click();
    await settle();
    http.expectNone('/api/cases/c1/events');
    expect(form?.textContent).toContain('Chưa đủ 5 ngày');
    set('input[data-field="date"]', '2026-03-16');
    q('[data-testid="event-submit"]')?.click();
    await settle();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/cases/c1/events',
    });
    expect(post.request.body.payload).toEqual({
      date: '2026-03-16',
      place: 'Hội trường',
      participants: ['Nguyễn Văn Bình', 'Lê Văn Hùng'],
    });
    post.flush(
      {
        code: 'CASE_INVALID_PAYLOAD',
        message: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid' },
        errors: [
          {
            field: 'payload.place',
            code: 'x',
            message: { vi: 'Địa điểm không rõ', en: 'Unclear' },
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(form?.textContent).toContain('Địa điểm không rõ');
  });

  it('says why an action is missing, and that minutes wait for the dialogue’s day', async () => {
    await open(
      detail('complaint', 'accepted.dialogueScheduled', ['RECORD_DIALOGUE_MINUTES'], {
        context: {
          caseId: 'c-1',
          receivedAt: '2026-03-02T02:00:00.000Z',
          remote: false,
          updatedAt: '2026-03-02T02:00:00.000Z',
          dialogue: { date: '2026-03-16', place: 'UBND', participants: [], noticeAt: '2026-03-09T02:00:00.000Z' },
        },
        blockedEvents: [
          {
            type: 'PROPOSE_DECISION',
            label: { vi: 'Dự thảo quyết định', en: 'Propose the decision' },
            reason: 'isDialogueSatisfied',
            reasonLabel: {
              vi: 'Cần tổ chức đối thoại trước khi dự thảo quyết định',
              en: 'A dialogue must be held before the draft decision',
            },
          },
        ],
      }),
    );
    const blocked = q('[data-testid="blocked-actions"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(blocked).toContain('Dự thảo quyết định: Cần tổ chức đối thoại trước khi dự thảo quyết định');
    q('[data-action="RECORD_DIALOGUE_MINUTES"]')?.click();
    await settle();
    expect(q('[data-testid="dialogue-ahead"]')?.textContent).toContain('Buổi đối thoại được hẹn ngày 16/03/2026');
    const minutes = q<HTMLTextAreaElement>('textarea[data-field="minutes"]');
    if (!minutes) throw new Error('no minutes field');
    minutes.value = 'Biên bản';
    minutes.dispatchEvent(new Event('input'));
    q('[data-testid="event-submit"]')?.click();
    await settle();
    const message = 'Buổi đối thoại được hẹn ngày 16/03/2026: chỉ ghi biên bản từ ngày đó trở đi.';
    http.expectOne({ method: 'POST', url: '/api/cases/c1/events' }).flush(
      {
        code: 'CASE_DIALOGUE_NOT_HELD_YET',
        message: { vi: message, en: 'x' },
        errors: [
          {
            field: 'payload.minutes',
            code: 'dialogueDate',
            message: { vi: message, en: 'x' },
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    // Nothing changed on the server: no reload, the text typed stays, the reason sits under the field.
    http.expectNone('/api/cases/c1');
    expect(q<HTMLTextAreaElement>('textarea[data-field="minutes"]')?.value).toBe('Biên bản');
    expect(q('form[data-event="RECORD_DIALOGUE_MINUTES"] mat-error')?.textContent).toContain(message);
  });

  it('masks the denouncer and reveals the identity only with a reason', async () => {
    await open(
      detail('denunciation', 'received', ['ACCEPT', 'FORWARD'], {
        parties: [],
        citizenName: null,
        hasConfidentialIdentity: true,
        canRevealIdentity: true,
      }),
    );
    expect(q('[data-testid="denouncer-masked"]')).not.toBeNull();
    q('[data-testid="reveal"]')?.click();
    await settle();
    const confirm = Array.from(el().querySelectorAll('button')).find((b) => b.textContent?.includes('Xem và ghi nhật ký'));
    expect(confirm?.disabled).toBe(true);
    const reason = q<HTMLTextAreaElement>('[data-testid="reveal-reason"]');
    if (!reason) throw new Error('no reason');
    reason.value = 'Cần liên hệ để bổ sung chứng cứ';
    reason.dispatchEvent(new Event('input'));
    await settle();
    confirm?.click();
    await settle();
    const reveal = http.expectOne({
      method: 'POST',
      url: '/api/cases/c1/identity/reveal',
    });
    expect(reveal.request.body).toEqual({
      reason: 'Cần liên hệ để bổ sung chứng cứ',
    });
    reveal.flush({ fullName: 'Trần Thị Mai', phone: '0987654321' });
    await settle();
    expect(q('[data-testid="denouncer-identity"]')?.textContent).toContain('Trần Thị Mai');
  });

  it('offers no reveal to someone who may not see the identity, and says who may', async () => {
    await open(
      detail('denunciation', 'received', ['ACCEPT'], {
        parties: [],
        citizenName: null,
        hasConfidentialIdentity: true,
        canRevealIdentity: false,
      }),
    );
    expect(q('[data-testid="denouncer-masked"]')).not.toBeNull();
    expect(q('[data-testid="reveal"]')).toBeNull();
    expect(q('[data-testid="reveal-not-allowed"]')?.textContent).toContain('Chỉ chuyên viên được thủ trưởng giao');
  });

  it('says plainly when the case does not exist or is out of scope', async () => {
    await open({ status: 404 });
    expect(q('[data-testid="case-not-found"]')?.textContent).toContain('không thuộc phạm vi của bạn');
    expect(q('h1')?.textContent?.trim()).toBe('Không tìm thấy hồ sơ');
    expect(TestBed.inject(PageTitle).text()).toBe('Không tìm thấy hồ sơ · Tiếp Dân');
  });

  it('names the case in the tab title and reads code and summary apart in its heading', async () => {
    await open(detail('complaint', 'received', []));
    expect(TestBed.inject(PageTitle).text()).toContain('KN-2026-000007 · ');
    expect(q('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('KN-2026-000007 Khiếu nại thu hồi đất thửa 215');
  });

  it('opens an action in its first field, and after it the focus is on the outcome', async () => {
    document.body.appendChild(el());
    await open(detail('complaint', 'accepted.verification', ['RECORD_VERIFICATION']));
    q('[data-action="RECORD_VERIFICATION"]')?.click();
    await settle();
    const findings = q<HTMLTextAreaElement>('textarea[data-field="findings"]');
    expect(document.activeElement).toBe(findings);
    if (!findings) throw new Error('no findings field');
    findings.value = 'Đúng hiện trạng';
    findings.dispatchEvent(new Event('input'));
    q('[data-testid="event-submit"]')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/cases/c1/events' }).flush(detail('complaint', 'accepted.verified', [], { version: 4 }));
    await settle();
    for (const r of http.match('/api/cases/c1/assignee'))
      r.flush({
        caseId: 'c1',
        handler: null,
        version: 4,
        canReassign: false,
        canClaim: true,
        canRelease: false,
        candidates: [],
      });
    const banner = q('[data-testid="case-banner"]');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(banner);
    el().remove();
  });
});
