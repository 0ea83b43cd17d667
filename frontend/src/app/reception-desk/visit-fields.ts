import type { BilingualText } from '@tiep-dan/contracts';
import { fillMessage } from '../core/i18n/i18n.service';
import { MESSAGES } from '../core/i18n/messages';
import { RECEPTION_MESSAGES } from './reception.messages';

/** A field of the visit form: the name of its control and the label the officer sees. */
export interface VisitField {
  control: string;
  label: BilingualText;
}

const M = RECEPTION_MESSAGES;
const CITIZEN: Record<string, BilingualText> = {
  fullName: M['reception.form.name'],
  idNumber: M['reception.form.idNumber'],
  phone: M['reception.form.phone'],
  address: M['reception.form.address'],
};
const MATTER: Record<string, BilingualText> = {
  contentType: M['reception.form.contentType'],
  category: M['reception.form.category'],
  summary: M['reception.form.summary'],
  content: M['reception.form.content'],
};
const REPRESENTATIVE: Record<string, [string, BilingualText]> = {
  fullName: ['repName', M['reception.form.name']],
  idNumber: ['repId', M['reception.form.idNumber']],
  phone: ['repPhone', M['reception.form.phone']],
};
const TOP: Record<string, [string, BilingualText]> = {
  groupSize: ['groupSize', M['reception.form.groupSize']],
  neighbourhoodId: ['neighbourhoodId', M['reception.form.neighbourhood']],
  previouslyHandledBy: ['previouslyHandledBy', M['reception.form.previouslyHandledBy']],
  'refusal.reason': ['refusalReason', M['reception.form.refusalReason']],
  'refusal.note': ['refusalNote', M['reception.form.refusalNote']],
};

/** "Nội dung 2 · Tóm tắt nội dung": a label within a numbered group of the form. */
function within(group: BilingualText, n: number, label: BilingualText) {
  return {
    vi: `${fillMessage(group.vi, 'vi', { n })} · ${label.vi}`,
    en: `${fillMessage(group.en, 'en', { n })} · ${label.en}`,
  };
}

/**
 * The control and label of a field the server refused, from its path in the request (`citizen.idNumber`,
 * `contents.1.summary`, `representatives.0.phone`, `refusal.reason`); null for a path the form has no field for.
 */
export function visitField(path: string): VisitField | null {
  const [head, index, prop] = path.split('.');
  if (head === 'citizen' && index && CITIZEN[index]) return { control: index, label: CITIZEN[index] };
  const n = Number(index);
  if (head === 'contents' && prop && MATTER[prop] && Number.isInteger(n))
    return {
      control: `${prop}${n}`,
      label: within(M['reception.form.matter'], n + 1, MATTER[prop]),
    };
  const rep = prop ? REPRESENTATIVE[prop] : undefined;
  if (head === 'representatives' && rep && Number.isInteger(n))
    return {
      control: `${rep[0]}${n}`,
      label: within(M['reception.form.representative'], n + 1, rep[1]),
    };
  const top = TOP[path];
  return top ? { control: top[0], label: top[1] } : null;
}

/** A message of this screen in both languages, its parameters bilingual too: shown in whichever is on screen. */
export function bilingual(key: 'reception.error' | 'reception.form.uploadFailed', params: Record<string, BilingualText>): BilingualText {
  const fill = (lang: 'vi' | 'en') =>
    fillMessage(MESSAGES[key][lang], lang, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v[lang]])));
  return { vi: fill('vi'), en: fill('en') };
}
