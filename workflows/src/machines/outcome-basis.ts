import type { CaseEventType, CaseType } from '@tiep-dan/contracts';

const TT05 = 'Thông tư 05/2021/TT-TTCP (xử lý đơn)';
const PETITION = { ACCEPT: TT05, TRANSFER: TT05 };

/**
 * The legal basis of each way a petition's triage can end, recorded in the history beside the outcome and its reason
 * (issue "Every petition enters its lawful lifecycle"): who reads the history sees why the outcome was lawful.
 */
export const OUTCOME_LEGAL_BASIS: Partial<Record<CaseType, Partial<Record<CaseEventType, string>>>> = {
  complaint: {
    TRIAGE_ACCEPT: 'Luật Khiếu nại 2011, Điều 27',
    TRIAGE_REFUSE: 'Luật Khiếu nại 2011, Điều 11',
    TRIAGE_FORWARD: TT05,
    TRIAGE_GUIDE: `Luật Tiếp công dân 2013, Điều 28; ${TT05}`,
    TRIAGE_RETURN_DOCUMENTS: TT05,
    TRIAGE_ARCHIVE: TT05,
  },
  denunciation: {
    ACCEPT: 'Luật Tố cáo 2018, Điều 29',
    REFUSE_ACCEPTANCE: 'Luật Tố cáo 2018, Điều 29 khoản 2',
    EXTEND_INITIAL_HANDLING: 'Luật Tố cáo 2018, Điều 24 khoản 1',
    FORWARD: 'Luật Tố cáo 2018, Điều 24 khoản 2',
    ARCHIVE: `Luật Tố cáo 2018, Điều 25; ${TT05}`,
  },
  proposal: PETITION,
  reflection: PETITION,
};

export function outcomeLegalBasis(type: CaseType, eventType: string): string | undefined {
  return (OUTCOME_LEGAL_BASIS[type] as Partial<Record<string, string>> | undefined)?.[eventType];
}
