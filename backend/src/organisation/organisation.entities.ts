import { AgencyEntity } from './agency.entity';
import { NeighbourhoodEntity } from './neighbourhood.entity';

/** The tables the organisation context owns (registered by `OrganisationModule`). */
export const ORGANISATION_ENTITIES = [AgencyEntity, NeighbourhoodEntity];
