import type { BilingualText, MachineDescription } from '@tiep-dan/contracts';

/** A state's box. */
export const NODE_W = 132;
export const NODE_H = 44;
export const NODE_RADIUS = 8;
/** A final state has a second frame this far inside its box. */
export const FINAL_INSET = 3;
export const FINAL_RADIUS = 6;
/** Between the columns (steps from the start) and between the rows of boxes. */
export const COL_GAP = 30;
export const ROW_GAP = 16;
/** Around the whole drawing. */
export const PAD = 16;
/** Above the first row: room for the title of a compound state's frame. */
export const TOP_ROOM = 20;
/** A compound state's frame: its margin around its stages, the band of its title above them, its corner. */
export const GROUP_PAD = 10;
export const GROUP_TITLE_H = 14;
export const GROUP_RADIUS = 12;
/** Where a frame's title starts and sits (its baseline), from the frame's corner. */
export const GROUP_LABEL_X = 12;
export const GROUP_LABEL_Y = 16;
/** An arrow back (rework) dips this far under the lower of its two boxes; the drawing keeps room for it below. */
export const RETURN_DIP = 28;
export const BOTTOM_ROOM = 30;
/** An arrow back lands this far right of its target's middle, apart from the arrow that leaves it forward. */
export const RETURN_SHIFT = 12;
/** The shared trunk of the arrows down from a compound state runs this far right of their targets. */
export const TRUNK_GAP = 12;
/** Opposite vertical arrows (suspend, resume) run this far either side of the middle of the boxes' overlap. */
export const PAIR_OFFSET = 10;
/** An arrowhead's drawn size. */
export const ARROW_SIZE = 7;
/** A label longer than this many characters goes on two lines. */
export const LINE_CHARS = 18;
/** Between the baselines of a two-line label; a one-line label's baseline sits this far below the box's middle. */
export const LINE_HEIGHT = 14;
export const BASELINE_DROP = 4;

/** The fixed shapes the template draws, all from the constants above. */
export const SHAPE = {
  node: { w: NODE_W, h: NODE_H, radius: NODE_RADIUS, textX: NODE_W / 2 },
  final: {
    inset: FINAL_INSET,
    w: NODE_W - 2 * FINAL_INSET,
    h: NODE_H - 2 * FINAL_INSET,
    radius: FINAL_RADIUS,
  },
  group: { radius: GROUP_RADIUS, labelX: GROUP_LABEL_X, labelY: GROUP_LABEL_Y },
  lineHeight: LINE_HEIGHT,
  arrow: ARROW_SIZE,
} as const;

export interface DiagramNode {
  id: string;
  label: BilingualText;
  x: number;
  y: number;
  final: boolean;
  status: 'current' | 'visited' | 'ahead';
}

export interface DiagramEdge {
  path: string;
  label: BilingualText;
  next: boolean;
}

export interface DiagramGroup {
  id: string;
  label: BilingualText;
  x: number;
  y: number;
  w: number;
  h: number;
  current: boolean;
}

export interface DiagramLayout {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
  width: number;
  height: number;
}

/**
 * Lays a machine description out left to right: each leaf state in the column of its shortest distance from the
 * start, the stages of a compound state (e.g. "accepted") boxed together, every transition an arrow. Pure, for tests.
 */
export function layoutLifecycle(
  machine: MachineDescription,
  current: string,
  visited: ReadonlySet<string>,
): DiagramLayout {
  const childrenOf = new Map<string, string[]>();
  for (const s of machine.states)
    if (s.parent)
      childrenOf.set(s.parent, [...(childrenOf.get(s.parent) ?? []), s.id]);
  const leaves = machine.states.filter((s) => !childrenOf.has(s.id));
  const entryOf = (id: string): string => {
    const children = childrenOf.get(id);
    if (!children) return id;
    const initial =
      machine.states.find((s) => s.parent === id && s.initial)?.id ??
      children[0];
    return entryOf(initial);
  };
  const leavesOf = (id: string): string[] =>
    childrenOf.has(id) ? (childrenOf.get(id) ?? []).flatMap(leavesOf) : [id];
  const moves = machine.transitions.filter(
    (t) => t.from !== '' && t.to !== t.from,
  );

  // Shortest distance from the start; a transition declared on a compound state leaves from any of its stages.
  const rank = new Map<string, number>([[entryOf(machine.initial), 0]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of moves) {
      const from = leavesOf(t.from)
        .map((id) => rank.get(id))
        .filter((r): r is number => r !== undefined);
      if (!from.length) continue;
      const target = entryOf(t.to);
      const next = Math.min(...from) + 1;
      if ((rank.get(target) ?? Infinity) > next) {
        rank.set(target, next);
        changed = true;
      }
    }
  }
  const maxRank = Math.max(0, ...rank.values());
  for (const s of leaves) if (!rank.has(s.id)) rank.set(s.id, maxRank + 1);

  // Rows: the stages of each compound state first, as one band; everything else below the bands it shares columns with.
  const row = new Map<string, number>();
  const nextFree = new Map<number, number>();
  const compounds = machine.states.filter(
    (s) => childrenOf.has(s.id) && !s.parent,
  );
  for (const group of compounds) {
    const members = leavesOf(group.id);
    const cols = members.map((id) => rank.get(id) ?? 0);
    const span = [Math.min(...cols), Math.max(...cols)];
    let start = 0;
    for (let c = span[0]; c <= span[1]; c++)
      start = Math.max(start, nextFree.get(c) ?? 0);
    const used = new Map<number, number>();
    for (const id of members) {
      const c = rank.get(id) ?? 0;
      const r = used.get(c) ?? 0;
      row.set(id, start + r);
      used.set(c, r + 1);
    }
    const height = Math.max(...used.values());
    for (let c = span[0]; c <= span[1]; c++) nextFree.set(c, start + height);
  }
  for (const s of leaves) {
    if (row.has(s.id)) continue;
    const c = rank.get(s.id) ?? 0;
    const r = nextFree.get(c) ?? 0;
    row.set(s.id, r);
    nextFree.set(c, r + 1);
  }

  const top = (id: string) =>
    PAD + TOP_ROOM + (row.get(id) ?? 0) * (NODE_H + ROW_GAP);
  const left = (id: string) => PAD + (rank.get(id) ?? 0) * (NODE_W + COL_GAP);
  const nodes: DiagramNode[] = leaves.map((s) => ({
    id: s.id,
    label: s.label,
    x: left(s.id),
    y: top(s.id),
    final: s.final,
    status:
      s.id === current ? 'current' : visited.has(s.id) ? 'visited' : 'ahead',
  }));
  const groups: DiagramGroup[] = compounds.map((g) => {
    const members = leavesOf(g.id);
    const xs = members.map(left);
    const ys = members.map(top);
    const x = Math.min(...xs) - GROUP_PAD;
    const y = Math.min(...ys) - GROUP_PAD - GROUP_TITLE_H;
    return {
      id: g.id,
      label: g.label,
      x,
      y,
      w: Math.max(...xs) + NODE_W + GROUP_PAD - x,
      h: Math.max(...ys) + NODE_H + GROUP_PAD - y,
      current: current === g.id || current.startsWith(`${g.id}.`),
    };
  });
  const box = (id: string) => {
    const g = groups.find((gr) => gr.id === id);
    return g
      ? { x: g.x, y: g.y, w: g.w, h: g.h }
      : { x: left(id), y: top(id), w: NODE_W, h: NODE_H };
  };
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const t of moves) {
    const fromBox = box(t.from);
    const toId = t.history ? t.to : entryOf(t.to);
    const key = `${t.from}>${toId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const toBox = box(toId);
    const path = route(fromBox, toBox);
    const label = machine.events.find((e) => e.type === t.event)?.label ?? {
      vi: t.event,
      en: t.event,
    };
    const next = t.from === current || current.startsWith(`${t.from}.`);
    edges.push({ path, label, next });
  }
  const width =
    Math.max(
      ...nodes.map((n) => n.x + NODE_W),
      ...groups.map((g) => g.x + g.w),
    ) + PAD;
  const height =
    Math.max(
      ...nodes.map((n) => n.y + NODE_H),
      ...groups.map((g) => g.y + g.h),
    ) +
    PAD +
    BOTTOM_ROOM;
  return { nodes, edges, groups, width, height };
}

type Box = Pick<DiagramGroup, 'x' | 'y' | 'w' | 'h'>;

/**
 * An arrow between two boxes: forward to the right, back to the left under the boxes (return for rework), straight
 * down or up between a compound state and a state beside it (suspend, resume), offset so opposite arrows do not overlap.
 */
export function route(from: Box, to: Box): string {
  if (to.x >= from.x + from.w) {
    const [x1, y1, x2, y2] = [
      from.x + from.w,
      from.y + from.h / 2,
      to.x,
      to.y + to.h / 2,
    ];
    const mid = (x1 + x2) / 2;
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  }
  if (to.x + to.w <= from.x) {
    const [x1, y1, x2, y2] = [
      from.x + from.w / 2,
      from.y + from.h,
      to.x + to.w / 2 + RETURN_SHIFT,
      to.y + to.h,
    ];
    const dip = Math.max(y1, y2) + RETURN_DIP;
    return `M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2}`;
  }
  const overlap =
    (Math.max(from.x, to.x) + Math.min(from.x + from.w, to.x + to.w)) / 2;
  if (to.y >= from.y + from.h) {
    // Down from a compound state to a state below it: along the target's right side, so that a stack of targets
    // shares one trunk instead of arrows crossing the boxes in between.
    const x = Math.min(to.x + to.w + TRUNK_GAP, from.x + from.w - TRUNK_GAP);
    const y = to.y + to.h / 2;
    return x > to.x + to.w
      ? `M${x},${from.y + from.h} L${x},${y} L${to.x + to.w},${y}`
      : `M${overlap - PAIR_OFFSET},${from.y + from.h} L${overlap - PAIR_OFFSET},${to.y}`;
  }
  const x = overlap + PAIR_OFFSET;
  return `M${x},${from.y} L${x},${to.y + to.h}`;
}

/** Splits a label in two lines near the middle when it is too long for a box. */
export function wrapLabel(text: string): string[] {
  if (text.length <= LINE_CHARS) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestDiff = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const diff = Math.abs(a.length - b.length);
    if (diff < bestDiff) {
      best = [a, b];
      bestDiff = diff;
    }
  }
  return best;
}

/**
 * The baseline of a label's first line, from the top of its box: the lines, LINE_HEIGHT apart, centred on the box's
 * middle (one line sits BASELINE_DROP below it).
 */
export function firstBaseline(lines: number): number {
  return NODE_H / 2 + BASELINE_DROP - ((lines - 1) * LINE_HEIGHT) / 2;
}
