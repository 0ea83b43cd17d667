import { randomUUID } from 'node:crypto';
import type { AgencyKind } from '@tiep-dan/contracts';
import { AgencyEntity } from './agency.entity';

/** Which kind of agency may sit under which (the hierarchy is data; its shape is this rule). */
export const ALLOWED_PARENT: Record<AgencyKind, AgencyKind | null> = {
  province: null,
  department: 'province',
  commune: 'province',
  unit: 'commune',
};

/**
 * A new agency placed in the tree. A commune is its own commune and a province its own province, so scope checks
 * compare one column with no special case; units inherit the commune, everything inherits the province and, unless
 * told otherwise, the remote-area flag.
 */
export function newAgency(
  input: { kind: AgencyKind; code: string; name: string; remoteArea?: boolean },
  parent: AgencyEntity | null,
): Omit<AgencyEntity, 'createdAt' | 'updatedAt' | 'parent'> {
  const id = randomUUID();
  return {
    id,
    parentId: parent?.id ?? null,
    kind: input.kind,
    code: input.code,
    name: input.name.trim(),
    remoteArea: input.remoteArea ?? parent?.remoteArea ?? false,
    communeId: input.kind === 'commune' ? id : input.kind === 'unit' ? (parent?.communeId ?? null) : null,
    provinceId: input.kind === 'province' ? id : (parent?.provinceId ?? null),
    active: true,
  };
}
