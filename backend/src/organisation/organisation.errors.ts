import { HttpStatus } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error';

export enum OrganisationErrorCode {
  AgencyNotFound = 'AGENCY_NOT_FOUND',
  NeighbourhoodNotFound = 'NEIGHBOURHOOD_NOT_FOUND',
  InvalidParent = 'AGENCY_INVALID_PARENT',
  DuplicateCode = 'AGENCY_CODE_TAKEN',
  DuplicateNeighbourhood = 'NEIGHBOURHOOD_NAME_TAKEN',
  NotACommune = 'NOT_A_COMMUNE',
}

export const OrganisationErrors = {
  agencyNotFound: (field = 'agencyId') =>
    new AppError(OrganisationErrorCode.AgencyNotFound, HttpStatus.NOT_FOUND, { vi: 'Không tìm thấy cơ quan', en: 'Agency not found' }, [
      { field, code: 'exists', message: { vi: 'Không tìm thấy cơ quan', en: 'Agency not found' } },
    ]),
  neighbourhoodNotFound: (field = 'neighbourhoodId') =>
    new AppError(
      OrganisationErrorCode.NeighbourhoodNotFound,
      HttpStatus.NOT_FOUND,
      { vi: 'Không tìm thấy tổ dân phố/thôn', en: 'Neighbourhood not found' },
      [{ field, code: 'exists', message: { vi: 'Không tìm thấy tổ dân phố/thôn', en: 'Neighbourhood not found' } }],
    ),
  invalidParent: (vi: string, en: string) =>
    new AppError(OrganisationErrorCode.InvalidParent, HttpStatus.UNPROCESSABLE_ENTITY, { vi, en }, [
      { field: 'parentId', code: 'invalidParent', message: { vi, en } },
    ]),
  duplicateCode: () =>
    new AppError(
      OrganisationErrorCode.DuplicateCode,
      HttpStatus.CONFLICT,
      { vi: 'Mã cơ quan đã tồn tại', en: 'The agency code is taken' },
      [{ field: 'code', code: 'unique', message: { vi: 'Mã cơ quan đã tồn tại', en: 'Code taken' } }],
    ),
  duplicateNeighbourhood: () =>
    new AppError(
      OrganisationErrorCode.DuplicateNeighbourhood,
      HttpStatus.CONFLICT,
      { vi: 'Tên tổ dân phố/thôn đã có trong xã', en: 'The commune already has a neighbourhood of that name' },
      [{ field: 'name', code: 'unique', message: { vi: 'Tên đã tồn tại', en: 'Name taken' } }],
    ),
  notACommune: () =>
    new AppError(
      OrganisationErrorCode.NotACommune,
      HttpStatus.UNPROCESSABLE_ENTITY,
      { vi: 'Cơ quan được chọn không phải là xã/phường', en: 'The agency is not a commune' },
      [{ field: 'communeId', code: 'isCommune', message: { vi: 'Phải chọn xã/phường', en: 'Must be a commune' } }],
    ),
};
