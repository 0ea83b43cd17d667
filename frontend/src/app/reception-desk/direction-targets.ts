import type { AgencyDto } from '@tiep-dan/contracts';

/**
 * Where a leader's direction may send a case: the commune's own units first, then the province's departments, each
 * by name. The commune itself is not a target: its leader is the one directing.
 */
export function directionTargets(
  agencies: readonly AgencyDto[],
  communeId: string | null | undefined,
): AgencyDto[] {
  const own = (a: AgencyDto) => a.communeId === communeId;
  return agencies
    .filter(
      (a) =>
        a.active && a.id !== communeId && (own(a) || a.kind === 'department'),
    )
    .sort(
      (a, b) =>
        Number(!own(a)) - Number(!own(b)) || a.name.localeCompare(b.name, 'vi'),
    );
}
