import { visitField } from './visit-fields';

describe('visitField', () => {
  it('finds the control and the label of each field path the server names', () => {
    expect(visitField('citizen.idNumber')).toEqual({
      control: 'idNumber',
      label: { vi: 'Số CCCD', en: 'ID number' },
    });
    expect(visitField('contents.1.summary')).toEqual({
      control: 'summary1',
      label: {
        vi: 'Nội dung 2 · Tóm tắt nội dung',
        en: 'Matter 2 · Summary',
      },
    });
    expect(visitField('representatives.0.phone')?.control).toBe('repPhone0');
    expect(visitField('refusal.reason')?.control).toBe('refusalReason');
    expect(visitField('groupSize')?.label.vi).toBe('Số người');
  });

  it('answers null for a path the form has no field for', () => {
    expect(visitField('duplicateOf')).toBeNull();
    expect(visitField('contents.x.summary')).toBeNull();
    expect(visitField('citizen.nationality')).toBeNull();
  });
});
