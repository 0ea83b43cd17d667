// Computes 1,000,000 deadlines (every forward rule, starts across 2025–2027, remote/complex/extension/suspension
// variants) and reports the rate. Target: > 200,000 deadlines per second on one core.
import { computeDeadline, createWorkingCalendar, findRule, type ComputeDeadlineInput } from '@tiep-dan/workflows';
import type { DeadlineRuleId } from '@tiep-dan/contracts';
import { benchLine } from './report';

const TOTAL = 1_000_000;
const RULES: DeadlineRuleId[] = [
  'reception.reply',
  'letter.triage',
  'complaint.accept',
  'complaint.resolve.first',
  'complaint.resolve.second',
  'complaint.second-filing',
  'denunciation.accept',
  'denunciation.forward',
  'denunciation.notify-acceptance',
  'denunciation.resolve',
  'proposal.resolve',
  'reflection.resolve',
  'commitment.fulfil',
];
const DAY = 86_400_000;
const FIRST = Date.UTC(2025, 0, 1, 2); // 09:00 Vietnam time, 1 January 2025
const SPAN_DAYS = 3 * 365;

/** A deterministic mix of inputs (a linear congruential generator: no Math.random, reproducible runs). */
function inputs(count: number): ComputeDeadlineInput[] {
  const out: ComputeDeadlineInput[] = [];
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const ruleId = RULES[next(RULES.length)];
    const startedAt = new Date(FIRST + next(SPAN_DAYS) * DAY + next(DAY));
    const input: ComputeDeadlineInput = { ruleId, startedAt, remote: next(4) === 0, complex: next(5) === 0 };
    if (ruleId === 'denunciation.resolve' && input.complex && next(2) === 0) {
      input.extensions = [{ days: 30, reason: 'complex', at: startedAt }];
    }
    if (findRule(ruleId, startedAt).suspensionStopsClock && next(10) === 0) {
      const from = new Date(startedAt.getTime() + next(10) * DAY);
      input.suspensions = [{ from, to: new Date(from.getTime() + (1 + next(20)) * DAY) }];
    }
    out.push(input);
  }
  return out;
}

const calendar = createWorkingCalendar();
const pool = inputs(10_000);
// Warm up the JIT.
for (let i = 0; i < 50_000; i++) computeDeadline(pool[i % pool.length], calendar);

let checksum = 0;
const started = process.hrtime.bigint();
for (let i = 0; i < TOTAL; i++) {
  const result = computeDeadline(pool[i % pool.length], calendar);
  checksum += result.dueAt === null ? 0 : result.dueAt.getTime() % 7;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`computed ${TOTAL} deadlines in ${seconds.toFixed(3)} s (checksum ${checksum})`);
console.log(benchLine('deadlines', TOTAL / seconds, 'deadlines/s'));
