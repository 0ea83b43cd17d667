import type { AgencyDto, UserDto } from '@tiep-dan/contracts';
import { agencyOptions, filterUsers, foldForSearch, statusOf } from './user-filters';

const NOW = Date.parse('2026-03-18T02:00:00Z');
const user = (over: Partial<UserDto>): UserDto =>
  ({
    id: 'u',
    username: 'u',
    fullName: 'U',
    role: 'reception_officer',
    agencyId: 'a',
    neighbourhoodId: null,
    active: true,
    lockedUntil: null,
    ...over,
  }) as UserDto;
const agency = (over: Partial<AgencyDto>): AgencyDto => ({ active: true, communeId: null, ...over }) as AgencyDto;

describe('user filters', () => {
  it('folds Vietnamese for search: no accents, đ as d, lower case', () => {
    expect(foldForSearch('  Nguyễn Văn Đức ')).toBe('nguyen van duc');
  });

  it('tells a locked account (until a later time) from an active or deactivated one', () => {
    expect(statusOf(user({}), NOW)).toBe('active');
    expect(statusOf(user({ active: false }), NOW)).toBe('inactive');
    expect(statusOf(user({ lockedUntil: '2026-03-18T02:10:00Z' }), NOW)).toBe('locked');
    expect(statusOf(user({ lockedUntil: '2026-03-18T01:50:00Z' }), NOW)).toBe('active');
  });

  it('keeps the users matching every filter', () => {
    const users = [
      user({ id: '1', username: 'tiepdan', fullName: 'Trần Thị Hoà' }),
      user({
        id: '2',
        username: 'lanhdao',
        fullName: 'Lê Văn Minh',
        role: 'leader',
      }),
      user({ id: '3', username: 'khoa', fullName: 'Phạm Khoa', active: false }),
    ];
    const ids = (f: Parameters<typeof filterUsers>[1]) => filterUsers(users, f, NOW).map((u) => u.id);
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(ids({ text: 'thi hoa' })).toEqual(['1']);
    expect(ids({ role: 'leader' })).toEqual(['2']);
    expect(ids({ status: 'inactive' })).toEqual(['3']);
    expect(ids({ text: 'a', status: 'active', role: '' })).toEqual(['1', '2']);
  });

  it('orders agencies as a tree, by kind then name, indenting children', () => {
    const options = agencyOptions([
      agency({ id: 'w2', parentId: 'p', kind: 'commune', name: 'Phường B' }),
      agency({ id: 'd', parentId: 'p', kind: 'department', name: 'Sở Z' }),
      agency({ id: 'p', parentId: null, kind: 'province', name: 'Tỉnh' }),
      agency({ id: 'w1', parentId: 'p', kind: 'commune', name: 'Phường A' }),
      agency({ id: 'u', parentId: 'w1', kind: 'unit', name: 'Địa chính' }),
    ]);
    expect(options.map((o) => o.label)).toEqual(['Tỉnh', '\u2003Sở Z', '\u2003Phường A', '\u2003\u2003Địa chính', '\u2003Phường B']);
  });
});
