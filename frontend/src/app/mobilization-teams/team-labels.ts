import type { TeamMemberRole } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';

export const ROLE_LABELS: Record<TeamMemberRole, MessageKey> = {
  team_lead: 'teams.role.team_lead',
  party_cell_secretary: 'teams.role.party_cell_secretary',
  neighbourhood_head: 'teams.role.neighbourhood_head',
  fatherland_front: 'teams.role.fatherland_front',
  womens_union: 'teams.role.womens_union',
  farmers_union: 'teams.role.farmers_union',
  veterans_union: 'teams.role.veterans_union',
  youth_union: 'teams.role.youth_union',
  respected_elder: 'teams.role.respected_elder',
  ethnic_respected_person: 'teams.role.ethnic_respected_person',
};
