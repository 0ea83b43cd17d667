import { fieldLabel, inUsersWords } from './problem-wording';

describe('a refusal in the users’ words', () => {
  it('names a field by the label the users know, whatever its place in the request', () => {
    expect(fieldLabel('citizen.fullName')?.vi).toBe('Họ và tên');
    expect(fieldLabel('contents.0.summary')?.vi).toBe('Tóm tắt nội dung');
    expect(fieldLabel('refusal.reason')?.en).toBe('Reason');
    expect(fieldLabel('x.0.unheardOf')).toBeNull();
  });

  it('rewrites a validation refusal: no API path, each field with what is wrong, both languages', () => {
    const problem = inUsersWords({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: {
        vi: 'Dữ liệu gửi lên không hợp lệ: citizen.fullName, contents.0.summary, refusal.reason',
        en: 'The request is invalid: citizen.fullName, contents.0.summary, refusal.reason',
      },
      errors: [
        {
          field: 'citizen.fullName',
          code: 'isNotEmpty',
          message: {
            vi: 'Trường "citizen.fullName" không được để trống',
            en: 'x',
          },
        },
        {
          field: 'contents.0.summary',
          code: 'isNotEmpty',
          message: {
            vi: 'Trường "contents.0.summary" không được để trống',
            en: 'x',
          },
        },
        {
          field: 'refusal.reason',
          code: 'isIn',
          message: {
            vi: 'Giá trị của trường "refusal.reason" không nằm trong danh sách cho phép',
            en: 'x',
          },
        },
      ],
    });
    expect(problem.message.vi).toBe('Họ và tên: chưa nhập. Tóm tắt nội dung: chưa nhập. Lý do: hãy chọn một mục trong danh sách.');
    expect(problem.message.en).toBe('Full name: missing. Summary: missing. Reason: choose one from the list.');
    expect(problem.message.vi).not.toContain('citizen.');
    expect(problem.errors?.[0].message.vi).toBe('Họ và tên: chưa nhập.');
  });

  it('keeps the API text of a field nobody has a label for, and leaves other refusals as they are', () => {
    const odd = inUsersWords({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: { vi: 'v', en: 'e' },
      errors: [
        {
          field: 'zzz',
          code: 'isString',
          message: {
            vi: 'Trường "zzz" phải là chuỗi ký tự',
            en: 'zzz must be a string',
          },
        },
      ],
    });
    expect(odd.message.vi).toBe('Trường "zzz" phải là chuỗi ký tự');
    const specific = inUsersWords({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: { vi: 'v', en: 'e' },
      errors: [
        {
          field: 'password',
          code: 'invalid',
          message: { vi: 'Mật khẩu quá yếu', en: 'Password too weak' },
        },
      ],
    });
    expect(specific.errors?.[0].message.vi).toBe('Mật khẩu quá yếu');
    expect(specific.message.vi).toBe('Mật khẩu quá yếu');
    const conflict = {
      status: 409,
      code: 'CASE_VERSION_CONFLICT',
      message: { vi: 'Hồ sơ đã thay đổi', en: 'Changed' },
    };
    expect(inUsersWords(conflict)).toBe(conflict);
  });
});
