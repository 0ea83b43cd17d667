import { DEADLINE_RULE_IDS } from '@tiep-dan/contracts';
import { DeadlineRuleError } from './deadline-rule-error';
import { bindsCitizen, CITIZEN_RULE_IDS, DEADLINE_RULES, findRule, getRule } from './rules';

describe('deadline rules', () => {
  it('covers every rule id, each with a legal basis and a well-formed effective period', () => {
    expect(new Set(DEADLINE_RULES.map((r) => r.id))).toEqual(new Set(DEADLINE_RULE_IDS));
    for (const rule of DEADLINE_RULES) {
      expect(rule.length).toBeGreaterThan(0);
      expect(rule.legalBasis.document.length).toBeGreaterThan(0);
      expect(rule.legalBasis.vi.length).toBeGreaterThan(0);
      expect(rule.legalBasis.en.length).toBeGreaterThan(0);
      expect(rule.effectiveFrom <= (rule.effectiveTo ?? '9999-12-31')).toBe(true);
    }
  });

  it('never has two versions of a rule in force on the same day', () => {
    for (const id of DEADLINE_RULE_IDS) {
      const versions = DEADLINE_RULES.filter((r) => r.id === id).sort((a, b) => a.version - b.version);
      for (let i = 1; i < versions.length; i++) {
        expect(versions[i - 1].effectiveTo).toBeDefined();
        expect((versions[i - 1].effectiveTo ?? '') < versions[i].effectiveFrom).toBe(true);
      }
    }
  });

  it('switches complaint acceptance on 1 July 2026 (Vietnam time)', () => {
    expect(findRule('complaint.accept', new Date('2026-06-30T16:59:59.999Z'))).toMatchObject({ version: 1, length: 10, unit: 'calendar' });
    expect(findRule('complaint.accept', new Date('2026-06-30T17:00:00.000Z'))).toMatchObject({ version: 2, length: 7, unit: 'working' });
    expect(getRule('complaint.accept', 1).effectiveTo).toBe('2026-06-30');
  });

  it('refuses a rule not yet in force, and unknown versions', () => {
    expect(() => findRule('denunciation.resolve', new Date('2018-06-01T00:00:00Z'))).toThrow(DeadlineRuleError);
    expect(() => getRule('reception.reply', 2)).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => findRule('nope' as never, new Date('2025-01-01T00:00:00Z'))).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
  });

  it('names the one limit that binds the citizen: the window for a second complaint (Luật Khiếu nại 2011 Art. 33)', () => {
    expect(CITIZEN_RULE_IDS).toEqual(['complaint.second-filing']);
    expect(bindsCitizen('complaint.second-filing')).toBe(true);
    expect(bindsCitizen('complaint.resolve.first')).toBe(false);
    expect(bindsCitizen('nope')).toBe(false);
  });
});
