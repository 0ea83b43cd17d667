import { HttpStatus } from '@nestjs/common';
import { CASE_NOTICE_KINDS, type CaseNoticeKind } from '@tiep-dan/contracts';
import { AppError, fieldError } from '../platform/errors/app-error';
import { validationFailed } from '../platform/errors/validation-messages';

export enum CaseNoticeErrorCode {
  NotAvailable = 'CASE_NOTICE_NOT_AVAILABLE',
}

const KIND_NAMES: Record<CaseNoticeKind, { vi: string; en: string }> = {
  acceptance: { vi: 'thông báo thụ lý', en: 'acceptance notice' },
  refusal: { vi: 'thông báo không thụ lý', en: 'refusal notice' },
  'forwarding-slip': { vi: 'phiếu chuyển đơn', en: 'forwarding slip' },
  guidance: { vi: 'văn bản hướng dẫn', en: 'guidance letter' },
};

export const CaseNoticeErrors = {
  /** A bad path parameter, like a bad UUID: 400 naming `kind`. */
  unknownKind: () =>
    validationFailed([
      fieldError(
        'kind',
        'isIn',
        `Tham số "kind" phải là một trong: ${CASE_NOTICE_KINDS.join(', ')}`,
        `kind must be one of: ${CASE_NOTICE_KINDS.join(', ')}`,
      ),
    ]),
  /** The case has no such notice in its current state (e.g. a refusal notice for an accepted complaint). */
  notAvailable: (kind: CaseNoticeKind, state: string, available: CaseNoticeKind[]) =>
    new AppError(
      CaseNoticeErrorCode.NotAvailable,
      HttpStatus.UNPROCESSABLE_ENTITY,
      {
        vi: `Hồ sơ ở bước hiện tại không có ${KIND_NAMES[kind].vi} để in`,
        en: `The case has no ${KIND_NAMES[kind].en} to print in its current state`,
      },
      [fieldError('kind', 'availableNow', 'Văn bản không áp dụng cho hồ sơ ở bước này', 'Not available for the case in this state')],
      { kind, state, availableNotices: available },
    ),
};
