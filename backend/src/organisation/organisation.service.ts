import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AgencyDto,
  CreateAgencyRequest,
  CreateNeighbourhoodRequest,
  NeighbourhoodDto,
  UpdateAgencyRequest,
  UpdateNeighbourhoodRequest,
} from '@tiep-dan/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { ALLOWED_PARENT, newAgency } from './agency-tree';
import { AgencyEntity } from './agency.entity';
import { NeighbourhoodEntity } from './neighbourhood.entity';
import { OrganisationErrors } from './organisation.errors';
import { findAgency, findNeighbourhood, listAgencies, listNeighbourhoods } from './organisation-queries';
import { insertAgency, insertNeighbourhood, updateAgency, updateNeighbourhood } from './organisation.repository';

const UNIQUE_VIOLATION = '23505';

export function toAgencyDto(a: AgencyEntity): AgencyDto {
  return {
    id: a.id,
    parentId: a.parentId,
    kind: a.kind,
    code: a.code,
    name: a.name,
    remoteArea: a.remoteArea,
    communeId: a.communeId,
    provinceId: a.provinceId ?? a.id,
    active: a.active,
  };
}

export function toNeighbourhoodDto(n: NeighbourhoodEntity): NeighbourhoodDto {
  return { id: n.id, communeId: n.communeId, kind: n.kind, name: n.name, active: n.active };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === UNIQUE_VIOLATION;
}

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listAgencies(): Promise<AgencyDto[]> {
    const rows = await listAgencies(this.db.manager);
    return rows.map(toAgencyDto);
  }

  async getAgency(id: string, field = 'agencyId'): Promise<AgencyEntity> {
    const agency = await findAgency(this.db.manager, id);
    if (!agency) throw OrganisationErrors.agencyNotFound(field);
    return agency;
  }

  async createAgency(request: CreateAgencyRequest): Promise<AgencyDto> {
    const parentKind = ALLOWED_PARENT[request.kind];
    let parent: AgencyEntity | null = null;
    if (parentKind === null) {
      if (request.parentId) throw OrganisationErrors.invalidParent('Tỉnh/thành phố không có cơ quan cấp trên', 'A province has no parent');
    } else {
      if (!request.parentId) throw OrganisationErrors.invalidParent('Cần chọn cơ quan cấp trên', 'A parent agency is required');
      parent = await this.getAgency(request.parentId, 'parentId');
      if (parent.kind !== parentKind) {
        throw OrganisationErrors.invalidParent(`Cơ quan cấp trên phải là cấp "${parentKind}"`, `The parent must be a ${parentKind}`);
      }
    }
    try {
      return toAgencyDto(await insertAgency(this.db.manager, newAgency(request, parent)));
    } catch (error) {
      if (isUniqueViolation(error)) throw OrganisationErrors.duplicateCode();
      throw error;
    }
  }

  async updateAgency(id: string, request: UpdateAgencyRequest): Promise<AgencyDto> {
    const agency = await this.getAgency(id, 'id');
    const changes = {
      ...(request.name !== undefined ? { name: request.name.trim() } : {}),
      ...(request.remoteArea !== undefined ? { remoteArea: request.remoteArea } : {}),
      ...(request.active !== undefined ? { active: request.active } : {}),
    };
    return toAgencyDto(await updateAgency(this.db.manager, agency, changes));
  }

  async listNeighbourhoods(communeId?: string): Promise<NeighbourhoodDto[]> {
    const rows = await listNeighbourhoods(this.db.manager, communeId);
    return rows.map(toNeighbourhoodDto);
  }

  async getNeighbourhood(id: string, field = 'neighbourhoodId'): Promise<NeighbourhoodEntity> {
    const n = await findNeighbourhood(this.db.manager, id);
    if (!n) throw OrganisationErrors.neighbourhoodNotFound(field);
    return n;
  }

  async createNeighbourhood(request: CreateNeighbourhoodRequest): Promise<NeighbourhoodDto> {
    const commune = await this.getAgency(request.communeId, 'communeId');
    if (commune.kind !== 'commune') throw OrganisationErrors.notACommune();
    try {
      const saved = await insertNeighbourhood(this.db.manager, { communeId: commune.id, kind: request.kind, name: request.name.trim() });
      return toNeighbourhoodDto(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw OrganisationErrors.duplicateNeighbourhood();
      throw error;
    }
  }

  async updateNeighbourhood(id: string, request: UpdateNeighbourhoodRequest): Promise<NeighbourhoodDto> {
    const n = await this.getNeighbourhood(id, 'id');
    const changes = {
      ...(request.name !== undefined ? { name: request.name.trim() } : {}),
      ...(request.kind !== undefined ? { kind: request.kind } : {}),
      ...(request.active !== undefined ? { active: request.active } : {}),
    };
    try {
      return toNeighbourhoodDto(await updateNeighbourhood(this.db.manager, n, changes));
    } catch (error) {
      if (isUniqueViolation(error)) throw OrganisationErrors.duplicateNeighbourhood();
      throw error;
    }
  }
}
