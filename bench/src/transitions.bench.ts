// Applies 1,000,000 pure case transitions the way the backend does: restore the persisted snapshot from its JSON,
// apply one event with `applyEvent` (xstate's pure `transition`), persist the result back to JSON.
import { applyEvent, startCase } from '@tiep-dan/workflows';
import { benchLine } from './report';

const TOTAL = Number(process.env['BENCH_TRANSITIONS'] ?? 1_000_000);
const actor = { id: 'u-1', role: 'agency_handler' as const, agencyId: 'a-1' };
const head = { ...actor, role: 'agency_head' as const };
const system = { id: 'scheduler', role: 'system' as const };

// One complaint's full life (first level, dialogue held), 9 transitions; repeated on fresh cases.
const LIFE = [
  { type: 'TRIAGE_ACCEPT', agencyId: 'a-1', actor },
  { type: 'RECORD_VERIFICATION', findings: 'f', demandMatchesFindings: false, actor },
  { type: 'SCHEDULE_DIALOGUE', date: '2026-04-20', place: 'UBND', participants: ['p'], actor },
  { type: 'DEADLINE_WARNING', ruleId: 'complaint.resolve.first', actor: system },
  { type: 'RECORD_DIALOGUE_MINUTES', minutes: 'm', actor },
  { type: 'PROPOSE_DECISION', summary: 's', outcome: 'rejected', actor },
  { type: 'APPROVE', documentNo: '12/QĐ', actor: head },
  { type: 'NOTIFY_PARTIES', actor },
  { type: 'CLOSE', actor },
];
const AT = '2026-04-01T02:00:00.000Z';

const initial = JSON.stringify(startCase('complaint', { caseId: 'c-1', receivedAt: AT }).snapshot);

function run(count: number): number {
  let stored = initial;
  let step = 0;
  for (let i = 0; i < count; i++) {
    const result = applyEvent('complaint', 1, JSON.parse(stored), { ...LIFE[step], at: AT });
    if (!result.ok) throw new Error(`step ${step} refused: ${result.reason}`);
    step++;
    if (step === LIFE.length) {
      step = 0;
      stored = initial;
    } else {
      stored = JSON.stringify(result.snapshot);
    }
  }
  return count;
}

run(20_000); // warm-up
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
run(TOTAL);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
console.log(
  `${TOTAL} transitions (restore from JSON + transition + persist to JSON) in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU)`,
);
// On a shared machine the wall clock also counts other processes' turns; the CPU rate is this process's own.
console.log(`${benchLine('transitions', TOTAL / seconds, 'transitions/s')} cpu_rate=${Math.round(TOTAL / cpuSeconds)}`);
