import type { AgencyDto, Role, UserDto } from '@tiep-dan/contracts';

export type UserStatus = '' | 'active' | 'inactive' | 'locked';

/** What the list is narrowed to ('' = any). */
export interface UserFilters {
  text?: string;
  role?: Role | '';
  agencyId?: string;
  status?: UserStatus;
}

/** An agency in the picker: indented under its parent. */
export interface AgencyOption {
  agency: AgencyDto;
  label: string;
}

const KIND_ORDER = ['province', 'department', 'commune', 'unit'];

/** Agencies in tree order, indented, for the agency picker: under each parent by kind, then by name. */
export function agencyOptions(agencies: readonly AgencyDto[]): AgencyOption[] {
  const children = new Map<string | null, AgencyDto[]>();
  for (const a of agencies) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
  const out: AgencyOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.name.localeCompare(y.name, 'vi'),
    );
    for (const agency of list) {
      out.push({ agency, label: `${'\u2003'.repeat(depth)}${agency.name}` });
      walk(agency.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The users that match every filter; the text matches the username or the name, accents optional. */
export function filterUsers(users: readonly UserDto[], f: UserFilters, now: number): UserDto[] {
  const text = foldForSearch(f.text ?? '');
  return users.filter(
    (u) =>
      (!text || foldForSearch(`${u.username} ${u.fullName}`).includes(text)) &&
      (!f.role || u.role === f.role) &&
      (!f.agencyId || u.agencyId === f.agencyId) &&
      (!f.status || statusOf(u, now) === f.status),
  );
}

/** Lower case without diacritics (and đ → d), so "nguyen" finds "Nguyễn". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim();
}

export function statusOf(user: UserDto, now: number): UserStatus {
  if (!user.active) return 'inactive';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) return 'locked';
  return 'active';
}
