import { describeMachine } from '@tiep-dan/workflows';
import {
  BASELINE_DROP,
  BOTTOM_ROOM,
  COL_GAP,
  FINAL_INSET,
  firstBaseline,
  GROUP_PAD,
  GROUP_TITLE_H,
  layoutLifecycle,
  LINE_HEIGHT,
  NODE_H,
  NODE_W,
  PAD,
  ROW_GAP,
  SHAPE,
  TOP_ROOM,
  wrapLabel,
} from './lifecycle-layout';
import { RETURN_DIP, route } from './lifecycle-arrows';

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
      expect(n && group && n.x >= group.x && n.y >= group.y && n.x + NODE_W <= group.x + group.w && n.y + NODE_H <= group.y + group.h).toBe(
        true,
      );
    }
    // No other state sits inside the box of "accepted".
    for (const n of layout.nodes.filter((node) => !node.id.startsWith('accepted.'))) {
      const inside = group && n.x >= group.x && n.x < group.x + group.w && n.y >= group.y && n.y < group.y + group.h;
      expect({ id: n.id, inside }).toEqual({ id: n.id, inside: false });
    }
  });

  it('marks the current state, the states passed and those ahead; highlights the ways out of the current state', () => {
    const layout = layoutLifecycle(complaint, 'accepted.dialogueScheduled', new Set(['received', 'accepted.verification']));
    const status = (id: string) => layout.nodes.find((n) => n.id === id)?.status;
    expect(status('accepted.dialogueScheduled')).toBe('current');
    expect(status('received')).toBe('visited');
    expect(status('closed')).toBe('ahead');
    expect(layout.nodes.find((n) => n.id === 'closed')?.final).toBe(true);
    expect(layout.edges.filter((e) => e.next).map((e) => e.label.vi)).toEqual(
      expect.arrayContaining(['Ghi biên bản đối thoại', 'Tạm đình chỉ']),
    );
    expect(layout.edges.filter((e) => e.next).map((e) => e.label.vi)).not.toContain('Thụ lý');
  });

  it('lays out every machine with a finite size', () => {
    for (const type of ['reception', 'complaint', 'denunciation', 'proposal', 'reflection', 'commitment'] as const) {
      const machine = describeMachine(type, 1);
      const layout = layoutLifecycle(machine, machine.initial, new Set());
      expect(Number.isFinite(layout.width) && Number.isFinite(layout.height)).toBe(true);
      expect(layout.nodes.filter((n) => n.status === 'current').map((n) => n.id)).toEqual([
        machine.initial.includes('.') ? machine.initial : layout.nodes.find((n) => n.id === machine.initial)?.id,
      ]);
    }
  });
});

describe('the layout’s sizes', () => {
  const complaint = describeMachine('complaint', 1);
  const layout = layoutLifecycle(complaint, complaint.initial, new Set());

  it('puts every box on the grid of its constants: columns NODE_W + COL_GAP apart, rows NODE_H + ROW_GAP', () => {
    for (const n of layout.nodes) {
      expect((n.x - PAD) % (NODE_W + COL_GAP)).toBe(0);
      expect((n.y - PAD - TOP_ROOM) % (NODE_H + ROW_GAP)).toBe(0);
    }
    expect(Math.min(...layout.nodes.map((n) => n.x))).toBe(PAD);
    expect(Math.min(...layout.nodes.map((n) => n.y))).toBe(PAD + TOP_ROOM);
  });

  it('frames the stages of a compound state by GROUP_PAD, with its title band above them', () => {
    const group = layout.groups.find((g) => g.id === 'accepted');
    const stages = layout.nodes.filter((n) => n.id.startsWith('accepted.'));
    if (!group) throw new Error('no frame for "accepted"');
    expect(group.x).toBe(Math.min(...stages.map((n) => n.x)) - GROUP_PAD);
    expect(group.y).toBe(Math.min(...stages.map((n) => n.y)) - GROUP_PAD - GROUP_TITLE_H);
    expect(group.x + group.w).toBe(Math.max(...stages.map((n) => n.x)) + NODE_W + GROUP_PAD);
    expect(group.y + group.h).toBe(Math.max(...stages.map((n) => n.y)) + NODE_H + GROUP_PAD);
  });

  it('is as big as its boxes plus the padding, and room under them for the arrows back', () => {
    const right = Math.max(...layout.nodes.map((n) => n.x + NODE_W), ...layout.groups.map((g) => g.x + g.w));
    const bottom = Math.max(...layout.nodes.map((n) => n.y + NODE_H), ...layout.groups.map((g) => g.y + g.h));
    expect(layout.width).toBe(right + PAD);
    expect(layout.height).toBe(bottom + PAD + BOTTOM_ROOM);
    expect(BOTTOM_ROOM).toBeGreaterThanOrEqual(RETURN_DIP);
  });

  it('draws a final state’s inner frame FINAL_INSET inside its box', () => {
    expect(SHAPE.final.w).toBe(NODE_W - 2 * FINAL_INSET);
    expect(SHAPE.final.h).toBe(NODE_H - 2 * FINAL_INSET);
    expect(SHAPE.node.textX).toBe(NODE_W / 2);
  });

  it('centres a label’s lines on the middle of its box', () => {
    expect(firstBaseline(1)).toBe(NODE_H / 2 + BASELINE_DROP);
    const two = [firstBaseline(2), firstBaseline(2) + LINE_HEIGHT];
    expect((two[0] + two[1]) / 2).toBe(firstBaseline(1));
  });

  it('routes forward arrows edge to edge and arrows back under the boxes', () => {
    const a = { x: 0, y: 0, w: NODE_W, h: NODE_H };
    const b = { x: NODE_W + COL_GAP, y: 0, w: NODE_W, h: NODE_H };
    expect(route(a, b)).toMatch(new RegExp(`^M${NODE_W},${NODE_H / 2} .* ${NODE_W + COL_GAP},${NODE_H / 2}$`));
    expect(route(b, a)).toContain(`,${NODE_H + RETURN_DIP} `);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line and splits a long one near the middle', () => {
    expect(wrapLabel('Đã thụ lý')).toEqual(['Đã thụ lý']);
    expect(wrapLabel('Chờ phê duyệt quyết định')).toEqual(['Chờ phê duyệt', 'quyết định']);
  });
});
