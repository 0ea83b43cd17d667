import { formatLeaders, parseLeaders } from './schedule-form';

describe('leaders on duty, one per line', () => {
  it('reads "Name — title" lines, with any dash and without a title', () => {
    expect(parseLeaders('Trần Văn Minh — Chủ tịch UBND phường\n\n  Lê Thị Hoa - Phó Chủ tịch \nNguyễn Văn An')).toEqual([
      { name: 'Trần Văn Minh', title: 'Chủ tịch UBND phường' },
      { name: 'Lê Thị Hoa', title: 'Phó Chủ tịch' },
      { name: 'Nguyễn Văn An', title: '' },
    ]);
  });

  it('keeps a hyphenated name whole and writes back what it read', () => {
    const leaders = [
      { name: 'Hoàng Thị Mai-Anh', title: 'Chủ tịch UBND xã' },
      { name: 'Lò Văn Páo', title: '' },
    ];
    expect(parseLeaders(formatLeaders(leaders))).toEqual(leaders);
  });
});
