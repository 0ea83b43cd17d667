import type { AgencyDto, UserDto } from '@tiep-dan/contracts';

/** A small organisation for the admin screens' tests: a province, a department, two communes and their units. */
function agency(id: string, kind: AgencyDto['kind'], name: string, parentId: string | null, extra: Partial<AgencyDto> = {}): AgencyDto {
  const communeId = kind === 'commune' ? id : kind === 'unit' ? parentId : null;
  return {
    id,
    parentId,
    kind,
    code: id.toUpperCase(),
    name,
    remoteArea: false,
    communeId,
    provinceId: 'p',
    active: true,
    ...extra,
  };
}

export const AGENCIES: AgencyDto[] = [
  agency('p', 'province', 'Tỉnh Minh An', null),
  agency('ttr', 'department', 'Thanh tra tỉnh', 'p'),
  agency('ap', 'commune', 'Phường An Phú', 'p'),
  agency('ap-dc', 'unit', 'Địa chính An Phú', 'ap'),
  agency('nk', 'commune', 'Xã Nậm Khoa', 'p', { remoteArea: true }),
  agency('nk-ca', 'unit', 'Công an Nậm Khoa', 'nk', {
    remoteArea: true,
    active: false,
  }),
];

export const USERS: UserDto[] = [
  {
    id: 'u1',
    username: 'tiepdan.anphu',
    fullName: 'Nguyễn Thị Lan',
    role: 'reception_officer',
    agencyId: 'ap',
    neighbourhoodId: null,
    active: true,
    lockedUntil: null,
  },
  {
    id: 'u2',
    username: 'chuyenvien.diachinh',
    fullName: 'Lê Văn Hùng',
    role: 'agency_handler',
    agencyId: 'ap-dc',
    neighbourhoodId: null,
    active: true,
    lockedUntil: '2999-01-01T00:00:00.000Z',
  },
  {
    id: 'u3',
    username: 'thanhtra.tinh',
    fullName: 'Bùi Thị Thu',
    role: 'inspector',
    agencyId: 'ttr',
    neighbourhoodId: null,
    active: false,
    lockedUntil: null,
  },
];

/** A refused request as the API sends it (application/problem+json). */
export function problem(status: number, code: string, field: string, vi: string) {
  return {
    body: {
      type: 'about:blank',
      title: vi,
      status,
      detail: vi,
      code,
      message: { vi, en: vi },
      errors: [{ field, code: 'x', message: { vi, en: vi } }],
    },
    init: { status, statusText: 'Error' },
  };
}
