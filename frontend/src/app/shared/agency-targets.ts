import type { AgencyDto } from '@tiep-dan/contracts';

/**
 * Where a leader may send a case: the commune's own units first, then the departments of its province, each by name
 * (the reception desk's direction, the overdue list's reassignment). The commune itself is not a target: its leader is
 * the one directing. `except` leaves out the agency leading the case now (a case is never reassigned to it).
 */
export function agencyTargets(
  agencies: readonly AgencyDto[],
  communeId: string | null | undefined,
  except: string | null = null,
): AgencyDto[] {
  const own = (a: AgencyDto) => a.communeId === communeId;
  // Departments of the commune's province (when the commune is in the list; every one listed otherwise).
  const province = agencies.find((a) => a.id === communeId)?.provinceId;
  const department = (a: AgencyDto) => a.kind === 'department' && (!province || a.provinceId === province);
  return agencies
    .filter((a) => a.active && a.id !== communeId && a.id !== except && (own(a) || department(a)))
    .sort((a, b) => Number(!own(a)) - Number(!own(b)) || a.name.localeCompare(b.name, 'vi'));
}
