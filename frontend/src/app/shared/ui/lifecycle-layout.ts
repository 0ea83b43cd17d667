import type { BilingualText, MachineDescription } from '@tiep-dan/contracts';
import { route } from './lifecycle-arrows';

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
/** An arrowhead's drawn size. */
export const ARROW_SIZE = 7;
/** Under the lowest box: room for the arrows back, which dip RETURN_DIP below it (lifecycle-arrows.ts). */
export const BOTTOM_ROOM = 30;
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
export function layoutLifecycle(machine: MachineDescription, current: string, visited: ReadonlySet<string>): DiagramLayout {
  const childrenOf = new Map<string, string[]>();
  for (const s of machine.states) if (s.parent) childrenOf.set(s.parent, [...(childrenOf.get(s.parent) ?? []), s.id]);
  const leaves = machine.states.filter((s) => !childrenOf.has(s.id));
  const entryOf = (id: string): string => {
    const children = childrenOf.get(id);
    if (!children) return id;
    const initial = machine.states.find((s) => s.parent === id && s.initial)?.id ?? children[0];
    return entryOf(initial);
  };
  const leavesOf = (id: string): string[] => (childrenOf.has(id) ? (childrenOf.get(id) ?? []).flatMap(leavesOf) : [id]);
  const moves = machine.transitions.filter((t) => t.from !== '' && t.to !== t.from);

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
  const compounds = machine.states.filter((s) => childrenOf.has(s.id) && !s.parent);
  for (const group of compounds) {
    const members = leavesOf(group.id);
    const cols = members.map((id) => rank.get(id) ?? 0);
    const span = [Math.min(...cols), Math.max(...cols)];
    let start = 0;
    for (let c = span[0]; c <= span[1]; c++) start = Math.max(start, nextFree.get(c) ?? 0);
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

  const top = (id: string) => PAD + TOP_ROOM + (row.get(id) ?? 0) * (NODE_H + ROW_GAP);
  const left = (id: string) => PAD + (rank.get(id) ?? 0) * (NODE_W + COL_GAP);
  const nodes: DiagramNode[] = leaves.map((s) => ({
    id: s.id,
    label: s.label,
    x: left(s.id),
    y: top(s.id),
    final: s.final,
    status: s.id === current ? 'current' : visited.has(s.id) ? 'visited' : 'ahead',
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
    return g ? { x: g.x, y: g.y, w: g.w, h: g.h } : { x: left(id), y: top(id), w: NODE_W, h: NODE_H };
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
  const width = Math.max(...nodes.map((n) => n.x + NODE_W), ...groups.map((g) => g.x + g.w)) + PAD;
  const height = Math.max(...nodes.map((n) => n.y + NODE_H), ...groups.map((g) => g.y + g.h)) + PAD + BOTTOM_ROOM;
  return { nodes, edges, groups, width, height };
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
