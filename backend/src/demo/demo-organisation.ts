import type { AgencyKind, NeighbourhoodKind, Role } from '@tiep-dan/contracts';

/**
 * The demo installation: a fictional province with two communes (one in a remote, especially difficult area), their
 * units and neighbourhoods, and one account per role. Every demo account has the same password, shown on the login
 * page only in demo mode (never in production).
 */
export const DEMO_PASSWORD = 'TiepDan@2026';

export interface DemoAgency {
  code: string;
  kind: AgencyKind;
  name: string;
  parent: string | null;
  remoteArea?: boolean;
}

export const DEMO_AGENCIES: DemoAgency[] = [
  { code: 'MA', kind: 'province', name: 'Tỉnh Minh An', parent: null },
  { code: 'MA-VP', kind: 'department', name: 'Văn phòng UBND tỉnh', parent: 'MA' },
  { code: 'MA-TTR', kind: 'department', name: 'Thanh tra tỉnh', parent: 'MA' },
  { code: 'MA-NNMT', kind: 'department', name: 'Sở Nông nghiệp và Môi trường', parent: 'MA' },
  { code: 'MA-XD', kind: 'department', name: 'Sở Xây dựng', parent: 'MA' },
  { code: 'AP', kind: 'commune', name: 'Phường An Phú', parent: 'MA' },
  { code: 'AP-VP', kind: 'unit', name: 'Văn phòng HĐND và UBND phường An Phú', parent: 'AP' },
  { code: 'AP-DC', kind: 'unit', name: 'Công chức Địa chính – Xây dựng phường An Phú', parent: 'AP' },
  { code: 'AP-TP', kind: 'unit', name: 'Công chức Tư pháp – Hộ tịch phường An Phú', parent: 'AP' },
  { code: 'AP-CA', kind: 'unit', name: 'Công an phường An Phú', parent: 'AP' },
  { code: 'AP-MT', kind: 'unit', name: 'Ủy ban MTTQ Việt Nam phường An Phú', parent: 'AP' },
  { code: 'AP-PN', kind: 'unit', name: 'Hội Liên hiệp Phụ nữ phường An Phú', parent: 'AP' },
  { code: 'NK', kind: 'commune', name: 'Xã Nậm Khoa', parent: 'MA', remoteArea: true },
  { code: 'NK-VP', kind: 'unit', name: 'Văn phòng HĐND và UBND xã Nậm Khoa', parent: 'NK' },
  { code: 'NK-DC', kind: 'unit', name: 'Công chức Địa chính – Nông nghiệp xã Nậm Khoa', parent: 'NK' },
  { code: 'NK-CA', kind: 'unit', name: 'Công an xã Nậm Khoa', parent: 'NK' },
  { code: 'NK-MT', kind: 'unit', name: 'Ủy ban MTTQ Việt Nam xã Nậm Khoa', parent: 'NK' },
];

export const DEMO_NEIGHBOURHOODS: { commune: string; kind: NeighbourhoodKind; name: string }[] = [
  { commune: 'AP', kind: 'to_dan_pho', name: 'Tổ dân phố 1' },
  { commune: 'AP', kind: 'to_dan_pho', name: 'Tổ dân phố 2' },
  { commune: 'AP', kind: 'to_dan_pho', name: 'Tổ dân phố 3' },
  { commune: 'AP', kind: 'khu_pho', name: 'Khu phố Bến Đá' },
  { commune: 'NK', kind: 'thon', name: 'Thôn Nậm Khoa' },
  { commune: 'NK', kind: 'thon', name: 'Thôn Pà Vầy' },
  { commune: 'NK', kind: 'ban', name: 'Bản Tả Phìn' },
];

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  agency: string;
  neighbourhood?: string;
  /** What the login page says this account is for. */
  purpose: { vi: string; en: string };
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'quantri',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    agency: 'MA-VP',
    purpose: { vi: 'Quản trị cơ quan, người dùng', en: 'Manages agencies and users' },
  },
  {
    username: 'tiepdan.anphu',
    fullName: 'Nguyễn Thị Lan',
    role: 'reception_officer',
    agency: 'AP-VP',
    purpose: { vi: 'Cán bộ tiếp công dân phường An Phú', en: 'Reception officer, An Phú ward' },
  },
  {
    username: 'lanhdao.anphu',
    fullName: 'Trần Văn Minh',
    role: 'leader',
    agency: 'AP',
    purpose: { vi: 'Chủ tịch UBND phường An Phú, trưởng khối dân vận', en: 'Chairman, An Phú ward; head of the mobilization bloc' },
  },
  {
    username: 'chuyenvien.diachinh',
    fullName: 'Lê Văn Hùng',
    role: 'agency_handler',
    agency: 'AP-DC',
    purpose: { vi: 'Chuyên viên địa chính phường An Phú', en: 'Land officer, An Phú ward' },
  },
  {
    username: 'truong.diachinh',
    fullName: 'Phạm Thị Hoa',
    role: 'agency_head',
    agency: 'AP-DC',
    purpose: {
      vi: 'Phụ trách địa chính phường An Phú, thành viên khối dân vận',
      en: 'Head of land office, An Phú ward; member of the mobilization bloc',
    },
  },
  {
    username: 'chuyenvien.tuphap',
    fullName: 'Đỗ Văn Nam',
    role: 'agency_handler',
    agency: 'AP-TP',
    purpose: { vi: 'Công chức tư pháp phường An Phú', en: 'Justice officer, An Phú ward' },
  },
  {
    username: 'chuyenvien.congan',
    fullName: 'Vũ Đức Long',
    role: 'agency_handler',
    agency: 'AP-CA',
    purpose: { vi: 'Cán bộ Công an phường An Phú', en: 'Police officer, An Phú ward' },
  },
  {
    username: 'totruong.to3',
    fullName: 'Hoàng Văn Bình',
    role: 'mobilization_lead',
    agency: 'AP-MT',
    neighbourhood: 'Tổ dân phố 3',
    purpose: { vi: 'Tổ trưởng tổ dân vận Tổ dân phố 3', en: 'Mobilization team lead, neighbourhood 3' },
  },
  {
    username: 'lanhdao.namkhoa',
    fullName: 'Giàng A Páo',
    role: 'leader',
    agency: 'NK',
    purpose: { vi: 'Chủ tịch UBND xã Nậm Khoa (vùng khó khăn)', en: 'Chairman, Nậm Khoa commune (remote area)' },
  },
  {
    username: 'tiepdan.namkhoa',
    fullName: 'Lò Thị Mai',
    role: 'reception_officer',
    agency: 'NK-VP',
    purpose: { vi: 'Cán bộ tiếp công dân xã Nậm Khoa', en: 'Reception officer, Nậm Khoa commune' },
  },
  {
    username: 'chuyenvien.namkhoa',
    fullName: 'Sùng Văn Tú',
    role: 'agency_handler',
    agency: 'NK-DC',
    purpose: { vi: 'Chuyên viên địa chính xã Nậm Khoa', en: 'Land officer, Nậm Khoa commune' },
  },
  {
    username: 'lanhdao.tinh',
    fullName: 'Ngô Quang Thành',
    role: 'leader',
    agency: 'MA',
    purpose: { vi: 'Lãnh đạo UBND tỉnh', en: 'Province leader' },
  },
  {
    username: 'thanhtra.tinh',
    fullName: 'Bùi Thị Thu',
    role: 'inspector',
    agency: 'MA-TTR',
    purpose: { vi: 'Thanh tra tỉnh (chỉ xem)', en: 'Province inspector (read-only)' },
  },
];
