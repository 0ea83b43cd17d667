import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { PublicPetitionOptionsDto } from '@tiep-dan/contracts';
import { of, throwError } from 'rxjs';
import { CitizensApi } from '../core/api/citizens.api';
import { fileProblem } from './petition-files';
import { PetitionPage } from './petition-page';

const OPTIONS: PublicPetitionOptionsDto = {
  communes: [
    {
      id: 'ap',
      code: 'AP',
      name: 'Phường An Phú',
      neighbourhoods: [{ id: 'n1', name: 'Tổ dân phố 1' }],
    },
    { id: 'nk', code: 'NK', name: 'Xã Nậm Khoa', neighbourhoods: [] },
  ],
  channels: ['email', 'sms'],
  powBits: 1,
};

describe('PetitionPage', () => {
  const submit = jest.fn();

  beforeEach(() => {
    submit.mockReset();
    TestBed.configureTestingModule({
      imports: [PetitionPage],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        {
          provide: CitizensApi,
          useValue: {
            options: () => of(OPTIONS),
            challenge: () =>
              of({
                challenge: '1.n.1.sig',
                bits: 1,
                expiresAt: '2030-01-01T00:00:00Z',
              }),
            submit,
          },
        },
      ],
    });
  });

  async function filled() {
    const fixture = TestBed.createComponent(PetitionPage);
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const set = (testId: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(`no ${testId}`);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    set('petition-commune', 'ap');
    set('petition-summary', 'Đèn đường ngõ 5 không sáng');
    set('petition-phone', '0912000111');
    fixture.detectChanges();
    return { fixture, el };
  }

  it('solves the proof of work, sends the fields and shows the code and the way to follow it', async () => {
    submit.mockReturnValue(
      of({
        caseCode: 'PA-2026-000007',
        letterCode: 'DT-2026-000007',
        lookupPath: '/lookup?code=PA-2026-000007',
        lookupPin: null,
        notify: ['sms'],
      }),
    );
    const { fixture, el } = await filled();
    el.querySelector('[data-testid="petition-form"]')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    const sent = submit.mock.calls[0][0] as FormData;
    const fields: Record<string, unknown> = {};
    sent.forEach((value, name) => {
      if (name !== 'solution') fields[name] = value;
    });
    expect(fields).toEqual({
      type: 'reflection',
      category: 'environment',
      communeId: 'ap',
      summary: 'Đèn đường ngõ 5 không sáng',
      phone: '0912000111',
      challenge: '1.n.1.sig',
      // E-mail was offered but no address was given: SMS only.
      notify: 'sms',
    });
    expect(sent.get('solution')).toMatch(/^[0-9a-z]+$/);
    expect(el.querySelector('[data-testid="petition-code"]')?.textContent).toContain('PA-2026-000007');
    expect(el.querySelector('[data-testid="petition-lookup"]')?.getAttribute('href')).toBe('/lookup?code=PA-2026-000007');
  });

  it('puts the server’s field errors beside their fields', async () => {
    submit.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              code: 'PETITION_INVALID',
              message: {
                vi: 'Đơn gửi trực tuyến chưa hợp lệ',
                en: 'The petition is not valid',
              },
              errors: [
                {
                  field: 'summary',
                  code: 'invalid',
                  message: { vi: 'Tóm tắt chưa rõ', en: 'Unclear summary' },
                },
              ],
            },
          }),
      ),
    );
    const { fixture, el } = await filled();
    el.querySelector('[data-testid="petition-form"]')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="petition-error"]')?.textContent).toContain('Đơn gửi trực tuyến chưa hợp lệ');
    expect(el.textContent).toContain('Tóm tắt chưa rõ');
  });

  it('needs a name and an address for a complaint, and a way to reach the sender', async () => {
    const { fixture, el } = await filled();
    const page = fixture.componentInstance as unknown as {
      form: {
        controls: Record<string, { setValue(v: unknown): void; valid: boolean }>;
        valid: boolean;
      };
    };
    page.form.controls['type'].setValue('complaint');
    page.form.controls['phone'].setValue('');
    fixture.detectChanges();
    expect(page.form.controls['fullName'].valid).toBe(false);
    expect(page.form.controls['senderAddress'].valid).toBe(false);
    expect(page.form.valid).toBe(false);
    el.querySelector('[data-testid="petition-form"]')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    expect(submit).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="petition-contact-error"]')).not.toBeNull();
  });

  it('takes photos and PDFs within the size limit only', () => {
    expect(fileProblem({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(fileProblem({ type: 'application/pdf', size: 10 * 1024 * 1024 })).toBeNull();
    expect(fileProblem({ type: 'image/png', size: 10 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(fileProblem({ type: 'application/msword', size: 10 })).toBe('badType');
  });
});
