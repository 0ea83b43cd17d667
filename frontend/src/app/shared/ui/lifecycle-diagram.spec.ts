import { describeMachine } from '@tiep-dan/workflows';
import { layoutLifecycle, wrapLabel } from './lifecycle-diagram';

describe('layoutLifecycle', () => {
  const complaint = describeMachine('complaint', 1);

  it('draws every leaf state once, left to right from the start, with the stages of "accepted" boxed together', () => {
    const layout = layoutLifecycle(
      complaint,
      'accepted.dialogueScheduled',
      new Set(['received', 'accepted.verification', 'accepted.verified']),
    );
    const ids = layout.nodes.map((n) => n.id);
    expect(ids).toContain('accepted.awaitingApproval');
    expect(ids).not.toContain('accepted');
    expect(new Set(ids).size).toBe(ids.length);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)?.x ?? -1;
    expect(x('received')).toBeLessThan(x('accepted.verification'));
    expect(x('accepted.verification')).toBeLessThan(x('accepted.verified'));
    expect(x('decided')).toBeLessThan(x('notified'));
    expect(x('notified')).toBeLessThan(x('closed'));
    const group = layout.groups.find((g) => g.id === 'accepted');
    expect(group?.current).toBe(true);
    for (const id of ids.filter((i) => i.startsWith('accepted.'))) {
      const n = layout.nodes.find((node) => node.id === id);
      expect(
        n &&
          group &&
          n.x >= group.x &&
          n.y >= group.y &&
          n.x + 132 <= group.x + group.w &&
          n.y + 44 <= group.y + group.h,
      ).toBe(true);
    }
    // No other state sits inside the box of "accepted".
    for (const n of layout.nodes.filter(
      (node) => !node.id.startsWith('accepted.'),
    )) {
      const inside =
        group &&
        n.x >= group.x &&
        n.x < group.x + group.w &&
        n.y >= group.y &&
        n.y < group.y + group.h;
      expect({ id: n.id, inside }).toEqual({ id: n.id, inside: false });
    }
  });

  it('marks the current state, the states passed and those ahead; highlights the ways out of the current state', () => {
    const layout = layoutLifecycle(
      complaint,
      'accepted.dialogueScheduled',
      new Set(['received', 'accepted.verification']),
    );
    const status = (id: string) =>
      layout.nodes.find((n) => n.id === id)?.status;
    expect(status('accepted.dialogueScheduled')).toBe('current');
    expect(status('received')).toBe('visited');
    expect(status('closed')).toBe('ahead');
    expect(layout.nodes.find((n) => n.id === 'closed')?.final).toBe(true);
    expect(layout.edges.filter((e) => e.next).map((e) => e.label.vi)).toEqual(
      expect.arrayContaining(['Ghi biên bản đối thoại', 'Tạm đình chỉ']),
    );
    expect(
      layout.edges.filter((e) => e.next).map((e) => e.label.vi),
    ).not.toContain('Thụ lý');
  });

  it('lays out every machine with a finite size', () => {
    for (const type of [
      'reception',
      'complaint',
      'denunciation',
      'proposal',
      'reflection',
      'commitment',
    ] as const) {
      const machine = describeMachine(type, 1);
      const layout = layoutLifecycle(machine, machine.initial, new Set());
      expect(
        Number.isFinite(layout.width) && Number.isFinite(layout.height),
      ).toBe(true);
      expect(
        layout.nodes.filter((n) => n.status === 'current').map((n) => n.id),
      ).toEqual([
        machine.initial.includes('.')
          ? machine.initial
          : layout.nodes.find((n) => n.id === machine.initial)?.id,
      ]);
    }
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line and splits a long one near the middle', () => {
    expect(wrapLabel('Đã thụ lý')).toEqual(['Đã thụ lý']);
    expect(wrapLabel('Chờ phê duyệt quyết định')).toEqual([
      'Chờ phê duyệt',
      'quyết định',
    ]);
  });
});
