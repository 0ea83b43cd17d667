import type { ValidatorFn } from '@angular/forms';
import type {
  BilingualText,
  CaseCategory,
  CasePartyInput,
  LetterChannel,
  LetterMatterType,
  RegisterLetterRequest,
} from '@tiep-dan/contracts';
import { vnInstantOf } from '@tiep-dan/workflows/vn-date';
import type { ApiFieldError, ApiProblem } from '../core/api/cases.api';
import { LETTERS_MESSAGES } from './letters.messages';

type LettersKey = keyof typeof LETTERS_MESSAGES;

/** The form's raw value: the shape of `RegisterLetterRequest`, so API field paths (`matters.1.summary`) match controls. */
export interface LetterFormValue {
  channel: LetterChannel;
  /** 'YYYY-MM-DD' (Vietnam civil date). */
  receivedAt: string;
  forwardedBy: string;
  documentNo: string;
  senders: Required<CasePartyInput>[];
  signatoryCount: number | null;
  neighbourhoodId: string;
  summary: string;
  matters: {
    type: LetterMatterType;
    category: CaseCategory;
    summary: string;
    content: string;
    leadAgencyId: string;
    learnedAt: string;
  }[];
}

/** A petition's signatories are at least its named senders (đơn nhiều người ký records the total). */
export function atLeastNamedSenders(named: () => number): ValidatorFn {
  return (control) => {
    const count: unknown = control.value;
    if (count === null || count === '') return null;
    return !Number.isInteger(Number(count)) || Number(count) < named() ? { tooFew: true } : null;
  };
}

const text = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/**
 * The request for the form's value. Empty optional fields are left out; a letter received today sends no date (the
 * server stamps the instant), an earlier one the start of that day in Vietnam.
 */
export function letterRequest(value: LetterFormValue, today: string): RegisterLetterRequest {
  const forwarded = value.channel === 'forwarded';
  const receivedAt = value.receivedAt && value.receivedAt !== today ? vnInstantOf(value.receivedAt).toISOString() : undefined;
  const request: RegisterLetterRequest = {
    channel: value.channel,
    ...(receivedAt ? { receivedAt } : {}),
    senders: value.senders.map((s) => ({
      fullName: s.fullName.trim(),
      ...(text(s.idNumber) ? { idNumber: text(s.idNumber) } : {}),
      ...(text(s.address) ? { address: text(s.address) } : {}),
      ...(text(s.phone) ? { phone: text(s.phone) } : {}),
    })),
    ...(value.signatoryCount ? { signatoryCount: Number(value.signatoryCount) } : {}),
    ...(text(value.neighbourhoodId) ? { neighbourhoodId: text(value.neighbourhoodId) } : {}),
    ...(forwarded && text(value.forwardedBy) ? { forwardedBy: text(value.forwardedBy) } : {}),
    ...(forwarded && text(value.documentNo) ? { documentNo: text(value.documentNo) } : {}),
    summary: value.summary.trim(),
    matters: value.matters.map((m) => ({
      type: m.type,
      category: m.category,
      summary: m.summary.trim(),
      ...(text(m.content) ? { content: text(m.content) } : {}),
      ...(text(m.leadAgencyId) ? { leadAgencyId: text(m.leadAgencyId) } : {}),
      ...(m.type === 'complaint' && text(m.learnedAt) ? { learnedAt: text(m.learnedAt) } : {}),
    })),
  };
  return request;
}

/**
 * class-validator's checks said in the officer's words (the server's own text names the JSON path, e.g.
 * `Trường "matters.1.summary" không được để trống`). Business errors (a 422 with a domain code) already speak plainly
 * and are kept as they are.
 */
const CHECK_WORDS: Record<string, LettersKey> = {
  isNotEmpty: 'letters.field.required',
  isDefined: 'letters.field.required',
  arrayMinSize: 'letters.field.required',
  arrayNotEmpty: 'letters.field.required',
  maxLength: 'letters.field.tooLong',
  isString: 'letters.field.format',
  matches: 'letters.field.format',
  isEnum: 'letters.field.choose',
  isIn: 'letters.field.choose',
  isUUID: 'letters.field.choose',
  isDateString: 'letters.field.date',
  isISO8601: 'letters.field.date',
  isInt: 'letters.field.number',
  isNumber: 'letters.field.number',
  min: 'letters.field.number',
};

/** Field-specific wording where the generic one would be vague. */
function specific(error: ApiFieldError): LettersKey | null {
  const last = error.field.split('.').pop();
  if (last === 'idNumber' && error.code === 'matches') return 'letters.form.idNumber.invalid';
  if (last === 'signatoryCount' && error.code === 'min') return 'letters.form.signatories.tooFew';
  return null;
}

export function inUserWords(problem: ApiProblem): ApiProblem {
  return {
    ...problem,
    errors: problem.errors?.map((error) => {
      const key = specific(error) ?? CHECK_WORDS[error.code];
      const message: BilingualText | undefined = key ? LETTERS_MESSAGES[key] : undefined;
      return message ? { ...error, message } : error;
    }),
  };
}
