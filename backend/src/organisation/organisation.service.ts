import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  AgencyDto,
  CreateAgencyRequest,
  CreateNeighbourhoodRequest,
  NeighbourhoodDto,
  UpdateAgencyRequest,
  UpdateNeighbourhoodRequest,
} from '@tiep-dan/contracts';
import { QueryFailedError, Repository } from 'typeorm';
import { ALLOWED_PARENT, newAgency } from './agency-tree';
import { AgencyEntity } from './agency.entity';
import { NeighbourhoodEntity } from './neighbourhood.entity';
import { OrganisationErrors } from './organisation.errors';

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
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(NeighbourhoodEntity) private readonly neighbourhoods: Repository<NeighbourhoodEntity>,
  ) {}

  async listAgencies(): Promise<AgencyDto[]> {
    const rows = await this.agencies.find({ order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(toAgencyDto);
  }

  async getAgency(id: string, field = 'agencyId'): Promise<AgencyEntity> {
    const agency = await this.agencies.findOne({ where: { id } });
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
      return toAgencyDto(await this.agencies.save(newAgency(request, parent)));
    } catch (error) {
      if (isUniqueViolation(error)) throw OrganisationErrors.duplicateCode();
      throw error;
    }
  }

  async updateAgency(id: string, request: UpdateAgencyRequest): Promise<AgencyDto> {
    const agency = await this.getAgency(id, 'id');
    Object.assign(agency, {
      ...(request.name !== undefined ? { name: request.name.trim() } : {}),
      ...(request.remoteArea !== undefined ? { remoteArea: request.remoteArea } : {}),
      ...(request.active !== undefined ? { active: request.active } : {}),
    });
    return toAgencyDto(await this.agencies.save(agency));
  }

  async listNeighbourhoods(communeId?: string): Promise<NeighbourhoodDto[]> {
    const rows = await this.neighbourhoods.find({ where: communeId ? { communeId } : {}, order: { name: 'ASC' } });
    return rows.map(toNeighbourhoodDto);
  }

  async getNeighbourhood(id: string, field = 'neighbourhoodId'): Promise<NeighbourhoodEntity> {
    const n = await this.neighbourhoods.findOne({ where: { id } });
    if (!n) throw OrganisationErrors.neighbourhoodNotFound(field);
    return n;
  }

  async createNeighbourhood(request: CreateNeighbourhoodRequest): Promise<NeighbourhoodDto> {
    const commune = await this.getAgency(request.communeId, 'communeId');
    if (commune.kind !== 'commune') throw OrganisationErrors.notACommune();
    try {
      const saved = await this.neighbourhoods.save(
        this.neighbourhoods.create({ communeId: commune.id, kind: request.kind, name: request.name.trim() }),
      );
      return toNeighbourhoodDto(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw OrganisationErrors.duplicateNeighbourhood();
      throw error;
    }
  }

  async updateNeighbourhood(id: string, request: UpdateNeighbourhoodRequest): Promise<NeighbourhoodDto> {
    const n = await this.getNeighbourhood(id, 'id');
    Object.assign(n, {
      ...(request.name !== undefined ? { name: request.name.trim() } : {}),
      ...(request.kind !== undefined ? { kind: request.kind } : {}),
      ...(request.active !== undefined ? { active: request.active } : {}),
    });
    try {
      return toNeighbourhoodDto(await this.neighbourhoods.save(n));
    } catch (error) {
      if (isUniqueViolation(error)) throw OrganisationErrors.duplicateNeighbourhood();
      throw error;
    }
  }
}
