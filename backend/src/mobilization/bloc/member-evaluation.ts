import type { BilingualText, EvaluationGrade, EvaluationLineDto, MemberCriterion } from '@tiep-dan/contracts';

/**
 * The criteria each bloc member is evaluated on (Bắc Kạn, Đề án 2023–2025: "mọi hoạt động của Khối và mỗi thành viên
 * được đánh giá theo tiêu chí cụ thể"), weighted to 100. A local rule: the commune's Party committee may reweight.
 */
export const MEMBER_CRITERION_WEIGHTS: Record<MemberCriterion, number> = {
  briefing_attendance: 30,
  plan_tasks_on_time: 40,
  village_meetings: 20,
  sentiment_reports: 10,
};

/** Each member reports what people think at least once a quarter. */
export const NOTES_PER_QUARTER = 1;

/** The grades of the yearly evaluation of cadres, by score out of 100. */
export const GRADE_THRESHOLDS: [EvaluationGrade, number][] = [
  ['excellent', 90],
  ['good', 70],
  ['completed', 50],
  ['not_completed', 0],
];

export const MEMBER_CRITERION_LABELS: Record<MemberCriterion, BilingualText> = {
  briefing_attendance: {
    vi: 'Dự giao ban của khối',
    en: 'Attends the bloc’s briefings',
  },
  plan_tasks_on_time: {
    vi: 'Hoàn thành đúng hạn nhiệm vụ trong kế hoạch',
    en: 'Plan tasks done on time',
  },
  village_meetings: {
    vi: 'Dự sinh hoạt tổ dân vận thôn, tổ dân phố được phân công',
    en: 'Attends the village meetings assigned',
  },
  sentiment_reports: {
    vi: 'Nắm và phản ánh tình hình nhân dân',
    en: 'Reports what people think',
  },
};

/** What a member did and what was expected of them in the period. */
export interface MemberRecord {
  briefingsHeld: number;
  briefingsAttended: number;
  tasksDue: number;
  tasksOnTime: number;
  assignments: number;
  assignmentsAttended: number;
  notes: number;
  /** Quarters of the period the member served in (the notes expected). */
  quarters: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Each criterion earns weight × min(done / expected, 1). A criterion with nothing expected (no briefing held, no task
 * due, no meeting assigned) does not apply: the score is the points over the weights that apply, out of 100.
 */
export function evaluateMember(record: MemberRecord): {
  lines: EvaluationLineDto[];
  score: number;
  grade: EvaluationGrade;
} {
  const done: Record<MemberCriterion, [number, number]> = {
    briefing_attendance: [record.briefingsAttended, record.briefingsHeld],
    plan_tasks_on_time: [record.tasksOnTime, record.tasksDue],
    village_meetings: [record.assignmentsAttended, record.assignments],
    sentiment_reports: [record.notes, record.quarters * NOTES_PER_QUARTER],
  };
  const lines = (Object.keys(done) as MemberCriterion[]).map((criterion): EvaluationLineDto => {
    const [value, expected] = done[criterion];
    const weight = MEMBER_CRITERION_WEIGHTS[criterion];
    const applies = expected > 0;
    return {
      criterion,
      label: MEMBER_CRITERION_LABELS[criterion],
      done: value,
      expected,
      applies,
      weight,
      points: applies ? round2(weight * Math.min(value / expected, 1)) : 0,
    };
  });
  const weights = lines.filter((l) => l.applies).reduce((s, l) => s + l.weight, 0);
  const points = lines.reduce((s, l) => s + l.points, 0);
  const score = weights > 0 ? round2((100 * points) / weights) : 0;
  return { lines, score, grade: gradeOf(score) };
}

export function gradeOf(score: number): EvaluationGrade {
  return (GRADE_THRESHOLDS.find(([, min]) => score >= min) ?? GRADE_THRESHOLDS[3])[0];
}
