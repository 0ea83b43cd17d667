import { complaintEnd } from './complaint-outcome';

describe('a complaint’s end in the citizen’s words', () => {
  const decision = {
    summary: 'Giữ nguyên quyết định thu hồi',
    outcome: 'partly_upheld' as const,
    proposedAt: '2026-10-01T02:00:00.000Z',
    // 00:30 on 6 October in Vietnam, still 5 October in UTC: the Vietnam day counts.
    approvedAt: '2026-10-05T17:30:00.000Z',
    documentNo: '12/QĐ-UBND',
  };

  it('gives the decision once it reached the parties, with its number and Vietnam day, never the officials’ summary', () => {
    const end = complaintEnd('notified', {
      decision,
      notifiedAt: '2026-10-06T02:00:00.000Z',
    });
    expect(end).toEqual({
      outcome: {
        vi: 'Đã có quyết định giải quyết: Khiếu nại của ông/bà đúng một phần (Quyết định số 12/QĐ-UBND).',
        en: 'Decided: Your complaint was found partly right (decision no. 12/QĐ-UBND).',
      },
      decidedOn: '2026-10-06',
    });
    expect(JSON.stringify(end)).not.toContain('Giữ nguyên');
    expect(
      complaintEnd('closed', {
        decision: { ...decision, outcome: 'upheld', documentNo: undefined },
      })?.outcome.vi,
    ).toBe('Đã có quyết định giải quyết: Khiếu nại của ông/bà là đúng và được chấp nhận.');
  });

  it('says nothing of a decision still waiting to be sent, or of a complaint still in hand', () => {
    expect(complaintEnd('decided', { decision })).toBeNull();
    expect(
      complaintEnd('accepted.verification', {
        acceptedAt: '2026-10-01T02:00:00.000Z',
      }),
    ).toBeNull();
  });

  it('words a refusal by its ground, never the officials’ reason, and the other ends', () => {
    const refused = complaintEnd('refused', {
      refusal: {
        ground: 'time_limit_passed',
        reason: 'Ghi chú nội bộ: quá 90 ngày',
        at: '2026-10-02T02:00:00.000Z',
      },
    });
    expect(refused).toEqual({
      outcome: {
        vi: 'Không thụ lý giải quyết vì đã hết thời hiệu khiếu nại.',
        en: 'Not taken up: the time limit for complaining has passed.',
      },
      decidedOn: '2026-10-02',
    });
    expect(
      complaintEnd('guided', {
        guidedTo: 'Tòa án nhân dân khu vực 1',
        closedAt: '2026-10-03T02:00:00.000Z',
      }),
    ).toEqual({
      outcome: {
        vi: 'Hướng dẫn ông/bà gửi đơn đến Tòa án nhân dân khu vực 1.',
        en: 'You were guided to send the complaint to Tòa án nhân dân khu vực 1.',
      },
      decidedOn: '2026-10-03',
    });
    expect(
      complaintEnd('terminated', {
        terminatedAt: '2026-10-04T02:00:00.000Z',
        terminationReason: 'x',
      })?.outcome.vi,
    ).toBe('Đình chỉ giải quyết (người khiếu nại đã rút đơn).');
    expect(
      complaintEnd('forwarded', {
        forwarding: {
          toBody: 'Sở Tài nguyên và Môi trường',
          at: '2026-10-04T02:00:00.000Z',
        },
      })?.decidedOn,
    ).toBe('2026-10-04');
    expect(complaintEnd('archived', {})?.decidedOn).toBeNull();
  });
});
