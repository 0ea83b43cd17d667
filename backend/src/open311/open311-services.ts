import type { BilingualText, CaseCategory } from '@tiep-dan/contracts';

/** One GeoReport service: a kind of everyday reflection or proposal an app can file. */
export interface Open311Service {
  code: string;
  type: 'reflection' | 'proposal';
  category: CaseCategory;
  name: BilingualText;
  description: string;
  keywords: string;
  group: BilingualText;
}

const REFLECTION = { vi: 'Phản ánh', en: 'Reflection' };
const PROPOSAL = { vi: 'Kiến nghị', en: 'Proposal' };

/**
 * The services every commune offers through Open311 (jurisdiction_id = the commune's code): the everyday reports of a
 * problem on the spot (phản ánh hiện trường) and proposals. Each files a case of its type and category; no extra form
 * fields (metadata false), and the request id is returned at once (realtime).
 */
export const OPEN311_SERVICES: readonly Open311Service[] = [
  {
    code: 'PA-DEN-DUONG',
    type: 'reflection',
    category: 'construction',
    name: { vi: 'Đèn đường hỏng', en: 'Street light out' },
    description: 'Đèn chiếu sáng công cộng không sáng, chập chờn hoặc sáng cả ngày.',
    keywords: 'đèn đường, chiếu sáng, street light',
    group: REFLECTION,
  },
  {
    code: 'PA-THOAT-NUOC',
    type: 'reflection',
    category: 'environment',
    name: { vi: 'Cống, rãnh thoát nước bị tắc', en: 'Blocked drain' },
    description: 'Cống, rãnh, hố ga bị tắc, mất nắp hoặc gây ngập.',
    keywords: 'cống, rãnh, ngập, hố ga, drain, flooding',
    group: REFLECTION,
  },
  {
    code: 'PA-RAC-THAI',
    type: 'reflection',
    category: 'environment',
    name: { vi: 'Rác thải chưa được thu gom', en: 'Uncollected rubbish' },
    description: 'Rác sinh hoạt chưa được thu gom đúng lịch, điểm tập kết rác tự phát.',
    keywords: 'rác, vệ sinh môi trường, rubbish, garbage',
    group: REFLECTION,
  },
  {
    code: 'PA-DUONG-HONG',
    type: 'reflection',
    category: 'construction',
    name: { vi: 'Đường, vỉa hè hư hỏng', en: 'Damaged road or pavement' },
    description: 'Ổ gà, sụt lún, vỉa hè vỡ, biển báo đổ.',
    keywords: 'ổ gà, đường, vỉa hè, pothole, pavement',
    group: REFLECTION,
  },
  {
    code: 'PA-TRAT-TU-XAY-DUNG',
    type: 'reflection',
    category: 'construction',
    name: {
      vi: 'Xây dựng không phép, lấn chiếm',
      en: 'Unpermitted building or encroachment',
    },
    description: 'Công trình xây dựng không phép, sai phép, lấn chiếm lòng đường, vỉa hè.',
    keywords: 'xây dựng, lấn chiếm, trật tự đô thị, building',
    group: REFLECTION,
  },
  {
    code: 'PA-O-NHIEM',
    type: 'reflection',
    category: 'environment',
    name: {
      vi: 'Ô nhiễm tiếng ồn, khói, bụi, mùi',
      en: 'Noise, smoke, dust or smell',
    },
    description: 'Tiếng ồn, khói, bụi, mùi hôi từ cơ sở sản xuất, công trình hoặc hộ gia đình.',
    keywords: 'ô nhiễm, tiếng ồn, khói, bụi, noise, pollution',
    group: REFLECTION,
  },
  {
    code: 'PA-DAT-DAI',
    type: 'reflection',
    category: 'land',
    name: {
      vi: 'Lấn chiếm, sử dụng đất sai mục đích',
      en: 'Land encroachment or misuse',
    },
    description: 'Lấn chiếm đất công, sử dụng đất sai mục đích.',
    keywords: 'đất đai, lấn chiếm đất, land',
    group: REFLECTION,
  },
  {
    code: 'PA-KHAC',
    type: 'reflection',
    category: 'other',
    name: { vi: 'Phản ánh khác', en: 'Other report' },
    description: 'Vấn đề khác tại địa phương cần cơ quan nhà nước xem xét.',
    keywords: 'khác, other',
    group: REFLECTION,
  },
  {
    code: 'KNG-HA-TANG',
    type: 'proposal',
    category: 'construction',
    name: {
      vi: 'Kiến nghị về hạ tầng, công trình công cộng',
      en: 'Proposal on infrastructure',
    },
    description: 'Đề xuất làm mới, sửa chữa đường, điện, nước, nhà văn hóa, sân chơi.',
    keywords: 'hạ tầng, công trình công cộng, infrastructure',
    group: PROPOSAL,
  },
  {
    code: 'KNG-MOI-TRUONG',
    type: 'proposal',
    category: 'environment',
    name: { vi: 'Kiến nghị về môi trường', en: 'Proposal on the environment' },
    description: 'Đề xuất về cây xanh, vệ sinh môi trường, thu gom rác.',
    keywords: 'môi trường, cây xanh, environment',
    group: PROPOSAL,
  },
  {
    code: 'KNG-CHINH-SACH',
    type: 'proposal',
    category: 'social_policy',
    name: {
      vi: 'Kiến nghị về chính sách xã hội',
      en: 'Proposal on social policy',
    },
    description: 'Đề xuất về trợ cấp, bảo hiểm, hỗ trợ người có hoàn cảnh khó khăn.',
    keywords: 'chính sách, trợ cấp, social policy',
    group: PROPOSAL,
  },
  {
    code: 'KNG-KHAC',
    type: 'proposal',
    category: 'other',
    name: { vi: 'Kiến nghị khác', en: 'Other proposal' },
    description: 'Kiến nghị khác với chính quyền địa phương.',
    keywords: 'kiến nghị, proposal',
    group: PROPOSAL,
  },
];

export function open311Service(code: string): Open311Service | undefined {
  return OPEN311_SERVICES.find((s) => s.code === code);
}
