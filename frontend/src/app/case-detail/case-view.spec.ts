import type { AgencyDto, CaseDetailDto } from '@tiep-dan/contracts';
import { describeMachine } from '@tiep-dan/workflows';
import { agenciesFor, caseActions, dialogueDayAhead, mayUpload, relatedLinks, visitedStates } from './case-view';

/** The fields of a case these derivations read; the rest of the detail does not matter to them. */
/** The facts every machine context has (`CaseFactsDto`). */
const FACTS = { caseId: 'c-1', receivedAt: '2026-03-02T02:00:00.000Z', remote: false, updatedAt: '2026-03-02T02:00:00.000Z' };

function detail(over: Partial<CaseDetailDto> = {}): CaseDetailDto {
  return {
    type: 'complaint',
    closedAt: null,
    related: {
      duplicateOf: null,
      secondComplaintOf: null,
      forwardedFrom: null,
    },
    links: [],
    history: [],
    allowedEvents: [],
    lifecycle: describeMachine('complaint', 1),
    context: FACTS,
    ...over,
  } as CaseDetailDto;
}

describe('case view', () => {
  it('offers the actions the machine describes, never the deadline events the system raises itself', () => {
    const c = detail({
      allowedEvents: [
        { type: 'TRIAGE_ACCEPT', label: { vi: 'Thụ lý', en: 'Accept' } },
        { type: 'DEADLINE_PASSED', label: { vi: 'Quá hạn', en: 'Overdue' } },
        { type: 'UNKNOWN_EVENT', label: { vi: 'Khác', en: 'Other' } },
      ] as CaseDetailDto['allowedEvents'],
    });
    const actions = caseActions(c);
    expect(actions.map((a) => a.type)).toEqual(['TRIAGE_ACCEPT', 'UNKNOWN_EVENT']);
    expect(actions[0].payload.length).toBeGreaterThan(0);
    expect(actions[1]).toEqual({
      type: 'UNKNOWN_EVENT',
      label: { vi: 'Khác', en: 'Other' },
      roles: [],
      payload: [],
    });
  });

  it('lists each state the case went through once', () => {
    const step = (fromState: string | null, toState: string | null) => ({ fromState, toState }) as CaseDetailDto['history'][number];
    expect(
      visitedStates(
        detail({
          history: [step(null, 'received'), step('received', 'accepted.verification'), step('accepted.verification', null)],
        }),
      ),
    ).toEqual(['received', 'accepted.verification']);
  });

  it('says the dialogue day only while the minutes form is open before it', () => {
    const c = detail({
      context: { ...FACTS, dialogue: { date: '2026-03-20T02:00:00Z', place: 'UBND', participants: [], noticeAt: '2026-03-10T02:00:00Z' } },
    });
    expect(dialogueDayAhead(c, 'RECORD_DIALOGUE_MINUTES', '2026-03-18')).toBe('20/03/2026');
    expect(dialogueDayAhead(c, 'RECORD_DIALOGUE_MINUTES', '2026-03-20')).toBeNull();
    expect(dialogueDayAhead(c, 'ACCEPT', '2026-03-18')).toBeNull();
    expect(dialogueDayAhead(detail({ ...c, type: 'denunciation' }), 'RECORD_DIALOGUE_MINUTES', '2026-03-18')).toBeNull();
  });

  it('leaves the lead agency out of the choices when the case is sent elsewhere', () => {
    const agencies = [{ id: 'a' }, { id: 'b' }] as AgencyDto[];
    expect(agenciesFor('FORWARD', { leadAgencyId: 'a', communeId: 'c' }, agencies).map((a) => a.id)).toEqual(['b']);
    expect(agenciesFor('ACCEPT', { leadAgencyId: 'a', communeId: 'c' }, agencies)).toBe(agencies);
  });

  it('links the cases this one repeats or follows, unless the links panel lists them already', () => {
    const c = detail({
      related: {
        duplicateOf: 'd',
        secondComplaintOf: 's',
        forwardedFrom: null,
      },
      context: { ...FACTS, linkedCaseId: 'l' },
      links: [{ caseId: 's' }] as CaseDetailDto['links'],
    });
    expect(relatedLinks(c)).toEqual([
      { key: 'case.related.duplicateOf', id: 'd' },
      { key: 'case.related.linkedCase', id: 'l' },
    ]);
  });

  it('lets the uploading roles add files while the case is open, never an inspector', () => {
    expect(mayUpload('agency_handler', detail())).toBe(true);
    expect(mayUpload('inspector', detail())).toBe(false);
    expect(mayUpload(undefined, detail())).toBe(false);
    expect(mayUpload('agency_handler', detail({ closedAt: '2026-03-18T02:00:00Z' }))).toBe(false);
  });
});
