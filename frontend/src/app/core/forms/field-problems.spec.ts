import { checkFields, fieldProblem } from './field-problems';

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
    expect(
      fieldProblem(
        { field: 'phoneLast4', code: 'matches', message: { vi: '', en: '' } },
        phone,
      ).vi,
    ).toBe('4 số cuối điện thoại: không đúng định dạng.');
    expect(
      fieldProblem(
        { field: 'x', code: 'somethingNew', message: { vi: '', en: '' } },
        code,
      ).en,
    ).toBe('Case code: not valid.');
  });

  it('lists the fields to check above the form', () => {
    expect(checkFields([code, phone])).toEqual({
      vi: 'Vui lòng kiểm tra lại: Mã hồ sơ, 4 số cuối điện thoại.',
      en: 'Please check: Case code, Last 4 phone digits.',
    });
  });
});
