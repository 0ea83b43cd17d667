import type { AgencyDto } from '@tiep-dan/contracts';
import { agencyTargets } from './agency-targets';

const agency = (id: string, name: string, extra: Partial<AgencyDto>): AgencyDto =>
  ({
    id,
    name,
    code: id,
    active: true,
    kind: 'unit',
    communeId: null,
    ...extra,
  }) as AgencyDto;

describe('where a leader may send a case', () => {
  it('lists the commune’s own units by name, then the province’s departments; never the commune itself', () => {
    const list = agencyTargets(
      [
        agency('dept-b', 'Sở Xây dựng', { kind: 'department' }),
        agency('ap', 'UBND phường An Phú', {
          kind: 'commune',
          communeId: 'ap',
        }),
        agency('u2', 'Công chức Văn hóa – Xã hội', { communeId: 'ap' }),
        agency('dept-a', 'Sở Nông nghiệp và Môi trường', {
          kind: 'department',
        }),
        agency('u1', 'Công chức Địa chính – Xây dựng', { communeId: 'ap' }),
        agency('nk', 'Công chức Tư pháp xã Nậm Khoa', { communeId: 'nk' }),
        agency('old', 'Ban cũ', { communeId: 'ap', active: false }),
      ],
      'ap',
    );
    expect(list.map((a) => a.id)).toEqual(['u1', 'u2', 'dept-a', 'dept-b']);
  });

  it('never offers the agency leading the case, nor another province’s departments', () => {
    const list = agencyTargets(
      [
        agency('ap', 'UBND phường An Phú', {
          kind: 'commune',
          communeId: 'ap',
          provinceId: 'ma',
        }),
        agency('dc', 'Công chức Địa chính – Xây dựng', {
          communeId: 'ap',
          provinceId: 'ma',
        }),
        agency('tp', 'Công chức Tư pháp – Hộ tịch', {
          communeId: 'ap',
          provinceId: 'ma',
        }),
        agency('xd', 'Sở Xây dựng', { kind: 'department', provinceId: 'ma' }),
        agency('other', 'Sở Xây dựng tỉnh khác', {
          kind: 'department',
          provinceId: 'nb',
        }),
        agency('ma', 'Tỉnh Minh An', { kind: 'province', provinceId: 'ma' }),
      ],
      'ap',
      'dc',
    );
    expect(list.map((a) => a.id)).toEqual(['tp', 'xd']);
  });
});
