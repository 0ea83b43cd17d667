import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { AgencyDto, LetterDto } from '@tiep-dan/contracts';
import { NOW } from '../shared/ui/due-badge';
import { LetterForm, type RegisteredLetter } from './letter-form';
import { vietnamDate } from '../shared/vietnam-date';
import { inUserWords, letterRequest } from './letter-request';

const agency = (id: string, name: string): AgencyDto => ({
  id,
  parentId: 'ap',
  kind: 'unit',
  code: id,
  name,
  remoteArea: false,
  communeId: 'ap',
  provinceId: 'ma',
  active: true,
});

const LETTER: LetterDto = {
  id: 'l1',
  code: 'DT-2026-000003',
  channel: 'forwarded',
  receivedAt: '2026-03-04T17:00:00.000Z',
  communeId: 'ap',
  neighbourhoodId: null,
  senders: [],
  senderCount: 2,
  signatoryCount: 12,
  confidential: true,
  forwardedBy: 'Ban Tiếp công dân tỉnh',
  documentNo: '45/BTCD',
  summary: 'Đơn về đất và cán bộ địa chính',
  registeredAt: '2026-03-06T02:00:00.000Z',
  registeredBy: 'u1',
  matters: [],
  triaged: false,
};

// 10:00 on 6 March 2026 in Vietnam.
const NOW_AT = new Date('2026-03-06T03:00:00.000Z');

describe('LetterForm', () => {
  let fixture: ComponentFixture<LetterForm>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement>(id: string) => el().querySelector(`[data-testid="${id}"]`) as T;

  async function fill(id: string, value: string): Promise<void> {
    const input = field<HTMLInputElement | HTMLSelectElement>(id);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  async function click(id: string): Promise<void> {
    field<HTMLButtonElement>(id).click();
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LetterForm],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), { provide: NOW, useValue: () => NOW_AT }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LetterForm);
    fixture.componentRef.setInput('agencies', [agency('dc', 'Địa chính An Phú'), agency('ca', 'Công an phường An Phú')]);
    fixture.detectChanges();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('starts on the channel, dated today, and never in the future', () => {
    expect(document.activeElement).toBe(field('letter-channel'));
    const date = field<HTMLInputElement>('letter-received-at');
    expect(date.value).toBe('2026-03-06');
    expect(date.max).toBe('2026-03-06');
  });

  it('builds one request from a forwarded letter with two senders and two matters, and says the senders will be sealed', async () => {
    const registered: RegisteredLetter[] = [];
    fixture.componentInstance.registered.subscribe((r) => registered.push(r));

    await fill('letter-channel', 'forwarded');
    await fill('letter-received-at', '2026-03-05');
    await fill('letter-forwarded-by', 'Ban Tiếp công dân tỉnh');
    await fill('letter-document-no', '45/BTCD');
    await fill('letter-sender-name-0', ' Lê Văn Tám ');
    await fill('letter-sender-id-0', '001200012345');
    await click('letter-add-sender');
    expect(document.activeElement).toBe(field('letter-sender-name-1'));
    await fill('letter-sender-name-1', 'Phạm Thị Hoa');
    await fill('letter-sender-address-1', 'Tổ 3, An Phú');
    await fill('letter-sender-phone-1', '0912345678');
    await fill('letter-signatories', '12');
    await fill('letter-summary', 'Đơn về đất và cán bộ địa chính');
    await fill('letter-matter-summary-0', 'Khiếu nại quyết định thu hồi đất');
    await fill('letter-matter-agency-0', 'dc');
    expect(field('letter-sealed')).toBeNull();
    await click('letter-add-matter');
    expect(document.activeElement).toBe(field('letter-matter-type-1'));
    await fill('letter-matter-type-1', 'denunciation');
    await fill('letter-matter-category-1', 'other');
    await fill('letter-matter-summary-1', 'Tố cáo cán bộ địa chính nhận tiền');
    await fill('letter-matter-content-1', 'Chi tiết trong đơn');
    expect(field('letter-sealed').textContent).toContain('Điều 47');

    field('letter-summary').dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
      }),
    );
    const request = http.expectOne('/api/letters');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      channel: 'forwarded',
      receivedAt: '2026-03-04T17:00:00.000Z',
      senders: [
        { fullName: 'Lê Văn Tám', idNumber: '001200012345' },
        {
          fullName: 'Phạm Thị Hoa',
          address: 'Tổ 3, An Phú',
          phone: '0912345678',
        },
      ],
      signatoryCount: 12,
      forwardedBy: 'Ban Tiếp công dân tỉnh',
      documentNo: '45/BTCD',
      summary: 'Đơn về đất và cán bộ địa chính',
      matters: [
        {
          type: 'complaint',
          category: 'land',
          summary: 'Khiếu nại quyết định thu hồi đất',
          leadAgencyId: 'dc',
        },
        {
          type: 'denunciation',
          category: 'other',
          summary: 'Tố cáo cán bộ địa chính nhận tiền',
          content: 'Chi tiết trong đơn',
        },
      ],
    });
    request.flush(LETTER, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    fixture.detectChanges();

    expect(registered.map((r) => r.letter.code)).toEqual(['DT-2026-000003']);
    // Ready for the next letter of the pile: same channel and date, one empty sender and matter.
    expect(field<HTMLSelectElement>('letter-channel').value).toBe('forwarded');
    expect(field<HTMLInputElement>('letter-received-at').value).toBe('2026-03-05');
    expect(field<HTMLInputElement>('letter-sender-name-0').value).toBe('');
    expect(field('letter-sender-name-1')).toBeNull();
    expect(field('letter-matter-1')).toBeNull();
  });

  it('shows the API’s error under the second matter’s summary and moves focus there', async () => {
    await fill('letter-sender-name-0', 'Lê Văn Tám');
    await fill('letter-summary', 'Đơn hai nội dung');
    await fill('letter-matter-summary-0', 'Khiếu nại thu hồi đất');
    await click('letter-add-matter');
    await fill('letter-matter-summary-1', 'x');
    await click('letter-submit');

    http.expectOne('/api/letters').flush(
      {
        code: 'LETTER_MATTER_NOT_A_PETITION',
        message: {
          vi: 'Đơn có nội dung không hợp lệ',
          en: 'The letter has an invalid matter',
        },
        errors: [
          {
            field: 'matters.1.summary',
            code: 'LETTER_MATTER_TOO_VAGUE',
            message: {
              vi: 'Tóm tắt chưa nêu rõ yêu cầu của người gửi',
              en: 'The summary does not say what the sender asks for',
            },
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();

    expect(field('letter-matter-summary-error-1').textContent).toContain('Tóm tắt chưa nêu rõ yêu cầu của người gửi');
    expect(field('letter-matter-summary-error-0')).toBeNull();
    expect(field('letter-error').textContent).toContain('vui lòng sửa các ô được đánh dấu');
    expect(document.activeElement).toBe(field('letter-matter-summary-1'));
  });

  it('checks the obvious before sending: a sender’s name, the summaries, an ID number of 9 or 12 digits', async () => {
    await fill('letter-sender-id-0', '12345');
    await click('letter-submit');
    http.expectNone('/api/letters');
    expect(field('letter-error').textContent).toContain('sửa các ô được đánh dấu');
    expect(document.activeElement).toBe(field('letter-sender-name-0'));
    expect(field('letter-sender-0').querySelector('mat-error')?.textContent).toContain('Bắt buộc nhập');
    expect(el().textContent).toContain('CCCD gồm 9 hoặc 12 chữ số');
  });

  it('refuses a date after today', async () => {
    await fill('letter-received-at', '2026-03-07');
    await click('letter-submit');
    http.expectNone('/api/letters');
    expect(el().textContent).toContain('Ngày nhận không được sau hôm nay');
  });
});

describe('letter request helpers', () => {
  it('takes the civil date in Vietnam, whatever the browser’s zone', () => {
    expect(vietnamDate(new Date('2026-03-05T17:30:00.000Z'))).toBe('2026-03-06');
  });

  it('leaves out a date of today (the server stamps the instant) and every empty optional field', () => {
    expect(
      letterRequest(
        {
          channel: 'post',
          receivedAt: '2026-03-06',
          forwardedBy: 'ignored unless forwarded',
          documentNo: '',
          senders: [{ fullName: 'A', idNumber: '', address: ' ', phone: '' }],
          signatoryCount: null,
          neighbourhoodId: '',
          summary: ' Đơn ',
          matters: [
            {
              type: 'proposal',
              category: 'environment',
              summary: 'Rác',
              content: '',
              leadAgencyId: '',
              // Only a complaint carries the limitation date.
              learnedAt: '2026-01-02',
            },
            {
              type: 'complaint',
              category: 'land',
              summary: 'Thu hồi đất',
              content: '',
              leadAgencyId: '',
              learnedAt: '2026-01-02',
            },
          ],
        },
        '2026-03-06',
      ),
    ).toEqual({
      channel: 'post',
      senders: [{ fullName: 'A' }],
      summary: 'Đơn',
      matters: [
        { type: 'proposal', category: 'environment', summary: 'Rác' },
        { type: 'complaint', category: 'land', summary: 'Thu hồi đất', learnedAt: '2026-01-02' },
      ],
    });
  });

  it('says class-validator’s checks in the officer’s words and keeps business messages', () => {
    const business = {
      vi: 'Ngày nhận ở tương lai',
      en: 'Received in the future',
    };
    const problem = inUserWords({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: { vi: 'x', en: 'x' },
      errors: [
        {
          field: 'senders.0.fullName',
          code: 'isNotEmpty',
          message: {
            vi: 'Trường "senders.0.fullName" không được để trống',
            en: 'senders.0.fullName should not be empty',
          },
        },
        {
          field: 'senders.1.idNumber',
          code: 'matches',
          message: { vi: 'x', en: 'x' },
        },
        { field: 'receivedAt', code: 'LETTER_IN_FUTURE', message: business },
      ],
    });
    expect(problem.errors?.map((e) => e.message)).toEqual([
      { vi: 'Bắt buộc nhập', en: 'Required' },
      {
        vi: 'CCCD gồm 9 hoặc 12 chữ số',
        en: 'An ID number has 9 or 12 digits',
      },
      business,
    ]);
  });
});
