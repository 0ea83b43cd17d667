import type { CaseNoticeKind, CaseType } from '@tiep-dan/contracts';
import { applyEvent, startCase, type CaseState } from '@tiep-dan/workflows';
import { availableNotices, noticeFacts } from './case-notices';

const AT = '2026-03-03T02:00:00.000Z';
const base = { caseId: 'c1', receivedAt: '2026-03-02T02:00:00.000Z', remote: false, updatedAt: AT };

describe('availableNotices', () => {
  it.each<[string, CaseType, string, Record<string, unknown>, CaseNoticeKind[]]>([
    ['a complaint just received', 'complaint', 'received', base, []],
    ['an accepted complaint', 'complaint', 'accepted.verification', { ...base, acceptedAt: AT }, ['acceptance']],
    ['a closed complaint that was accepted', 'complaint', 'closed', { ...base, acceptedAt: AT }, ['acceptance']],
    [
      'a complaint refused',
      'complaint',
      'notAccepted',
      { ...base, refusal: { ground: 'time_limit_passed', reason: 'Quá 90 ngày', at: AT } },
      ['refusal'],
    ],
    [
      'a complaint refused on an unknown ground',
      'complaint',
      'notAccepted',
      { ...base, refusal: { ground: 'moon_phase', reason: 'x', at: AT } },
      [],
    ],
    [
      'a complaint refused without a reason',
      'complaint',
      'notAccepted',
      { ...base, refusal: { ground: 'other', reason: '  ', at: AT } },
      [],
    ],
    [
      'a complaint refused on a denunciation ground',
      'complaint',
      'notAccepted',
      { ...base, refusal: { ground: 'no_basis', reason: 'x', at: AT } },
      [],
    ],
    [
      'a refusal left in the context of a later state',
      'complaint',
      'received',
      { ...base, refusal: { ground: 'other', reason: 'x', at: AT } },
      [],
    ],
    ['a complaint forwarded', 'complaint', 'forwarded', { ...base, forwarding: { toBody: 'Sở Xây dựng', at: AT } }, ['forwarding-slip']],
    [
      'a complaint forwarded to an agency by id',
      'complaint',
      'forwarded',
      { ...base, forwarding: { toAgencyId: 'a1', at: AT } },
      ['forwarding-slip'],
    ],
    ['a complaint forwarded nowhere', 'complaint', 'forwarded', { ...base, forwarding: 'Sở Xây dựng' }, []],
    ['a complaint guided', 'complaint', 'guided', { ...base, guidedTo: 'Tòa án nhân dân khu vực 1' }, ['guidance']],
    ['a complaint guided nowhere', 'complaint', 'guided', { ...base, guidedTo: 42 }, []],
    ['an accepted denunciation', 'denunciation', 'accepted.verification', { ...base, acceptedAt: AT }, ['acceptance']],
    [
      'a denunciation refused',
      'denunciation',
      'notAccepted',
      { ...base, refusal: { ground: 'no_basis', reason: 'Không có căn cứ', at: AT } },
      ['refusal'],
    ],
    [
      'a denunciation refused on a complaint ground',
      'denunciation',
      'notAccepted',
      { ...base, refusal: { ground: 'time_limit_passed', reason: 'x', at: AT } },
      [],
    ],
    [
      'a denunciation being forwarded',
      'denunciation',
      'forwarding',
      { ...base, forwardedToBody: 'Công an tỉnh', forwardDecidedAt: AT },
      ['forwarding-slip'],
    ],
    [
      'a denunciation forwarded with its slip',
      'denunciation',
      'forwarded',
      { ...base, forwardedTo: 'a1', forwardDecidedAt: AT, forwardSlipNo: '12/PC' },
      ['forwarding-slip'],
    ],
    ['a denunciation forwarded nowhere', 'denunciation', 'forwarded', { ...base, forwardDecidedAt: AT }, []],
    [
      'a proposal transferred',
      'proposal',
      'transferred',
      { ...base, transferredTo: 'Công ty Điện lực', closedAt: AT },
      ['forwarding-slip'],
    ],
    [
      'a reflection transferred',
      'reflection',
      'transferred',
      { ...base, transferredTo: 'Công ty Cấp nước', closedAt: AT },
      ['forwarding-slip'],
    ],
    ['a proposal accepted (no acceptance notice for proposals)', 'proposal', 'assigned', { ...base, acceptedAt: AT }, []],
    ['a reception case guided', 'reception', 'guided', { ...base, guidedTo: 'Tòa án nhân dân khu vực 1', directedAt: AT }, ['guidance']],
    ['a reception case refused (no notice)', 'reception', 'refused', { ...base, refusal: { reason: 'intoxicated' } }, []],
    ['a commitment', 'commitment', 'open', base, []],
  ])('%s', (_, type, state, context, expected) => {
    expect(availableNotices(type, state, context)).toEqual(expected);
  });

  it('reads the facts each notice prints, falling back to the last event time for a missing decision date', () => {
    expect(noticeFacts('acceptance', 'complaint', 'accepted', { ...base, acceptedAt: AT, level: 'second' })).toEqual({
      kind: 'acceptance',
      subject: 'complaint',
      at: AT,
      level: 'second',
    });
    expect(
      noticeFacts('forwarding-slip', 'denunciation', 'forwarded', { ...base, forwardedTo: 'a1', forwardedToBody: ' Công an tỉnh ' }),
    ).toEqual({
      kind: 'forwarding-slip',
      subject: 'denunciation',
      at: AT,
      to: { body: 'Công an tỉnh', agencyId: 'a1' },
    });
    expect(
      noticeFacts('forwarding-slip', 'complaint', 'forwarded', {
        ...base,
        forwarding: { toBody: 'Sở Xây dựng', toAgencyId: 'a2', at: AT, note: 'Kèm 3 tài liệu' },
      }),
    ).toEqual({
      kind: 'forwarding-slip',
      subject: 'complaint',
      at: AT,
      to: { body: 'Sở Xây dựng', agencyId: 'a2' },
      note: 'Kèm 3 tài liệu',
    });
  });
});

/** The readers against the machines as they are: the context keys the machines write today. */
describe('availableNotices on the real machines', () => {
  const actor = { id: 'u1', role: 'agency_handler' as const, agencyId: 'a1' };
  function drive(type: CaseType, ...events: Record<string, unknown>[]): CaseState {
    let current = startCase(type, { caseId: 'c1', receivedAt: '2026-03-02T02:00:00.000Z' });
    for (const event of events) {
      const result = applyEvent(type, current.version, current.snapshot, { at: AT, actor, ...event } as Parameters<typeof applyEvent>[3]);
      if (!result.ok) throw new Error(`${String(event['type'])} refused: ${result.reason}`);
      current = { ...current, snapshot: result.snapshot, state: result.state, context: result.context };
    }
    return current;
  }
  const notices = (s: CaseState) => availableNotices(s.machineId, s.state, s.context);

  it('offers the acceptance notice once a complaint or a denunciation is accepted', () => {
    expect(notices(drive('complaint'))).toEqual([]);
    expect(notices(drive('complaint', { type: 'TRIAGE_ACCEPT', agencyId: 'a1' }))).toEqual(['acceptance']);
    expect(notices(drive('denunciation', { type: 'ACCEPT', agencyId: 'a1' }))).toEqual(['acceptance']);
  });

  it('offers the guidance letter for a guided complaint or reception case', () => {
    expect(notices(drive('complaint', { type: 'TRIAGE_GUIDE', body: 'Tòa án nhân dân khu vực 1' }))).toEqual(['guidance']);
    expect(notices(drive('reception', { type: 'GUIDE', body: 'Tòa án nhân dân khu vực 1' }))).toEqual(['guidance']);
  });

  it('offers the forwarding slip for a transferred proposal or reflection and a forwarded denunciation', () => {
    expect(notices(drive('proposal', { type: 'TRANSFER', toBody: 'Công ty Điện lực' }))).toEqual(['forwarding-slip']);
    expect(notices(drive('reflection', { type: 'TRANSFER', toBody: 'Công ty Cấp nước' }))).toEqual(['forwarding-slip']);
    expect(notices(drive('denunciation', { type: 'FORWARD', toAgencyId: 'a2' }))).toEqual(['forwarding-slip']);
  });
});
