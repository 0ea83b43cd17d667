import type { ReportForm } from '@tiep-dan/contracts';
import type { FormSpec } from '../report-spec';
import { FORM_01_XLD, FORM_02_XLD } from './letter-forms';
import { FORM_03_XLD, FORM_04_XLD } from './letter-forms-by-type';
import { FORM_01_TCD, FORM_02_TCD } from './reception-forms';
import { FORM_01_KQGQ, FORM_03_KQGQ } from './resolution-forms';

/** Every form the system produces, in the order of the circular's appendix. */
export const FORM_SPECS: Record<ReportForm, FormSpec> = {
  '01/TCD': FORM_01_TCD,
  '02/TCD': FORM_02_TCD,
  '01/XLD': FORM_01_XLD,
  '02/XLD': FORM_02_XLD,
  '03/XLD': FORM_03_XLD,
  '04/XLD': FORM_04_XLD,
  '01/KQGQ': FORM_01_KQGQ,
  '03/KQGQ': FORM_03_KQGQ,
};
