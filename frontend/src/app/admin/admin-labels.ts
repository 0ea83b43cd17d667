import type { AgencyKind, NeighbourhoodKind, SecurityAuditAction } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';

/** Message keys of the enumerations the admin screens show. */
export const AGENCY_KIND_LABEL: Record<AgencyKind, MessageKey> = {
  province: 'admin.kind.province',
  department: 'admin.kind.department',
  commune: 'admin.kind.commune',
  unit: 'admin.kind.unit',
};

export const NEIGHBOURHOOD_KIND_LABEL: Record<NeighbourhoodKind, MessageKey> = {
  to_dan_pho: 'admin.nbKind.to_dan_pho',
  khu_pho: 'admin.nbKind.khu_pho',
  thon: 'admin.nbKind.thon',
  ap: 'admin.nbKind.ap',
  ban: 'admin.nbKind.ban',
};

export const AUDIT_ACTION_LABEL: Record<SecurityAuditAction, MessageKey> = {
  'login.success': 'admin.auditAction.login.success',
  'login.failure': 'admin.auditAction.login.failure',
  'login.locked': 'admin.auditAction.login.locked',
  logout: 'admin.auditAction.logout',
  'token.refresh_reuse': 'admin.auditAction.token.refresh_reuse',
  'password.change': 'admin.auditAction.password.change',
  'password.reset': 'admin.auditAction.password.reset',
  'user.create': 'admin.auditAction.user.create',
  'user.update': 'admin.auditAction.user.update',
  'role.change': 'admin.auditAction.role.change',
  'identity.reveal': 'admin.auditAction.identity.reveal',
  'identity.reveal_refused': 'admin.auditAction.identity.reveal_refused',
  'api_key.issue': 'admin.auditAction.api_key.issue',
  'api_key.revoke': 'admin.auditAction.api_key.revoke',
  'history.detach': 'admin.auditAction.history.detach',
};
