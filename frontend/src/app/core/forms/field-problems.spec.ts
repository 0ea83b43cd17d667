import { FormControl } from '@angular/forms';
import { checkFields, fieldProblem, markFieldProblems } from './field-problems';

describe('field problems', () => {
  const code = { vi: 'Mã hồ sơ', en: 'Case code' };
  const phone = { vi: '4 số cuối điện thoại', en: 'Last 4 phone digits' };

  it('says what is wrong with a field by its label, never the API’s property name', () => {
    const missing = fieldProblem(
      {
        field: 'code',
        code: 'isNotEmpty',
        message: {
          vi: 'Trường "code" không được để trống',
          en: 'code should not be empty',
        },
      },
      code,
    );
    expect(missing).toEqual({
      vi: 'Mã hồ sơ: chưa nhập.',
      en: 'Case code: missing.',
    });
    expect(fieldProblem({ field: 'phoneLast4', code: 'matches', message: { vi: '', en: '' } }, phone).vi).toBe(
      '4 số cuối điện thoại: không đúng định dạng.',
    );
    expect(fieldProblem({ field: 'x', code: 'somethingNew', message: { vi: '', en: '' } }, code).en).toBe('Case code: not valid.');
  });

  it('lists the fields to check above the form', () => {
    expect(checkFields([code, phone])).toEqual({
      vi: 'Vui lòng kiểm tra lại: Mã hồ sơ, 4 số cuối điện thoại.',
      en: 'Please check: Case code, Last 4 phone digits.',
    });
  });

  it('marks the fields it knows and says the rest above the form', () => {
    const codeControl = new FormControl('KN-2026-000123');
    const { message, marked } = markFieldProblems(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: { vi: 'Dữ liệu gửi lên không hợp lệ: code, x', en: '…' },
        errors: [
          { field: 'code', code: 'maxLength', message: { vi: '', en: '' } },
          {
            field: 'x',
            code: 'isUUID',
            message: { vi: 'Mã không hợp lệ', en: 'Invalid id' },
          },
        ],
      },
      (path) => (path === 'code' ? { control: codeControl, label: code } : null),
    );
    expect(marked).toBe(true);
    expect(codeControl.errors).toEqual({
      server: { vi: 'Mã hồ sơ: quá dài.', en: 'Case code: too long.' },
    });
    expect(codeControl.touched).toBe(true);
    expect(message.vi).toBe('Vui lòng kiểm tra lại: Mã hồ sơ. — Mã không hợp lệ');
  });

  it('keeps the problem’s own message when no field is the form’s', () => {
    const result = markFieldProblems(
      {
        status: 404,
        code: 'NOT_FOUND',
        message: { vi: 'Không tìm thấy hồ sơ', en: 'Not found' },
      },
      () => null,
    );
    expect(result).toEqual({
      message: { vi: 'Không tìm thấy hồ sơ', en: 'Not found' },
      marked: false,
    });
  });
});
