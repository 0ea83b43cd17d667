import { BilingualText, Role } from './case-types';

/** Levels of the agency tree (DOMAIN.md "Organisation"): the hierarchy is data, never code. */
export const AGENCY_KINDS = ['province', 'department', 'commune', 'unit'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const NEIGHBOURHOOD_KINDS = ['to_dan_pho', 'khu_pho', 'thon', 'ap', 'ban'] as const;
export type NeighbourhoodKind = (typeof NEIGHBOURHOOD_KINDS)[number];

export interface AgencyDto {
  id: string;
  parentId: string | null;
  kind: AgencyKind;
  code: string;
  name: string;
  /** Remote or especially difficult area: longer legal time limits apply. */
  remoteArea: boolean;
  /** The commune this agency belongs to (itself for a commune); null for the province and its departments. */
  communeId: string | null;
  provinceId: string;
  active: boolean;
}

export interface CreateAgencyRequest {
  parentId: string | null;
  kind: AgencyKind;
  code: string;
  name: string;
  remoteArea?: boolean;
}

export interface UpdateAgencyRequest {
  name?: string;
  remoteArea?: boolean;
  active?: boolean;
}

export interface NeighbourhoodDto {
  id: string;
  communeId: string;
  kind: NeighbourhoodKind;
  name: string;
  active: boolean;
}

export interface CreateNeighbourhoodRequest {
  communeId: string;
  kind: NeighbourhoodKind;
  name: string;
}

export interface UpdateNeighbourhoodRequest {
  name?: string;
  kind?: NeighbourhoodKind;
  active?: boolean;
}

export interface UserDto {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string;
  neighbourhoodId: string | null;
  active: boolean;
  lockedUntil: string | null;
}

export interface CreateUserRequest {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  agencyId: string;
  neighbourhoodId?: string | null;
}

export interface UpdateUserRequest {
  fullName?: string;
  role?: Role;
  agencyId?: string;
  neighbourhoodId?: string | null;
  active?: boolean;
  /** Clears a lock-out. */
  unlock?: boolean;
}

/** An administrator sets a new password for a user (forgotten password); the user's sessions end. */
export interface ResetPasswordRequest {
  newPassword: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

/** What the signed-in user is, for the UI's navigation; the server enforces everything again on each request. */
export interface CurrentUserDto {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agency: { id: string; name: string; kind: AgencyKind };
  communeId: string | null;
  provinceId: string;
  neighbourhoodId: string | null;
}

export interface TokenResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Opaque, single use: each refresh returns a new one and retires the old. */
  refreshToken: string;
  refreshExpiresAt: string;
  user: CurrentUserDto;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export const SECURITY_AUDIT_ACTIONS = [
  'login.success',
  'login.failure',
  'login.locked',
  'logout',
  'token.refresh_reuse',
  'password.change',
  'password.reset',
  'user.create',
  'user.update',
  'role.change',
  'identity.reveal',
  'identity.reveal_refused',
  /** An api_key issued to, or revoked from, an Open311 client app. */
  'api_key.issue',
  'api_key.revoke',
  /** A month of an append-only history table detached by retention (HISTORY_RETENTION_MONTHS) for archiving. */
  'history.detach',
] as const;
export type SecurityAuditAction = (typeof SECURITY_AUDIT_ACTIONS)[number];

export interface SecurityAuditEntryDto {
  id: string;
  at: string;
  action: SecurityAuditAction;
  actorId: string | null;
  actorUsername: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Role names for the UI. */
export const ROLE_LABELS: Record<Role, BilingualText> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  reception_officer: { vi: 'Cán bộ tiếp công dân', en: 'Reception officer' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  agency_handler: { vi: 'Chuyên viên cơ quan', en: 'Agency handler' },
  agency_head: { vi: 'Thủ trưởng cơ quan', en: 'Agency head' },
  inspector: { vi: 'Thanh tra', en: 'Inspector' },
  mobilization_lead: {
    vi: 'Tổ trưởng tổ dân vận',
    en: 'Mobilization team lead',
  },
};
