import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { BilingualText, MachineDescription } from '@tiep-dan/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ScrollRegion } from './scroll-region';

const NODE_W = 132;
const NODE_H = 44;
const COL_GAP = 30;
const ROW_GAP = 16;
const PAD = 16;
const GROUP_PAD = 10;
const LINE_CHARS = 18;

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
    PAD + 20 + (row.get(id) ?? 0) * (NODE_H + ROW_GAP);
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
    const y = Math.min(...ys) - GROUP_PAD - 14;
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
    30;
  return { nodes, edges, groups, width, height };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * An arrow between two boxes: forward to the right, back to the left under the boxes (return for rework), straight
 * down or up between a compound state and a state beside it (suspend, resume), offset so opposite arrows do not overlap.
 */
function route(from: Box, to: Box): string {
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
      to.x + to.w / 2 + 12,
      to.y + to.h,
    ];
    const dip = Math.max(y1, y2) + 28;
    return `M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2}`;
  }
  const overlap =
    (Math.max(from.x, to.x) + Math.min(from.x + from.w, to.x + to.w)) / 2;
  if (to.y >= from.y + from.h) {
    // Down from a compound state to a state below it: along the target's right side, so that a stack of targets
    // shares one trunk instead of arrows crossing the boxes in between.
    const x = Math.min(to.x + to.w + 12, from.x + from.w - 12);
    const y = to.y + to.h / 2;
    return x > to.x + to.w
      ? `M${x},${from.y + from.h} L${x},${y} L${to.x + to.w},${y}`
      : `M${overlap - 10},${from.y + from.h} L${overlap - 10},${to.y}`;
  }
  const x = overlap + 10;
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

/** The lifecycle of a case drawn from its machine description: the current step highlighted, steps done marked. */
@Component({
  selector: 'app-lifecycle-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, TranslatePipe],
  template: `
    <div class="scroll" [appScrollRegion]="'case.lifecycle.title' | t">
      <svg
        [attr.width]="layout().width"
        [attr.height]="layout().height"
        [attr.viewBox]="'0 0 ' + layout().width + ' ' + layout().height"
        role="img"
        [attr.aria-label]="ariaLabel()"
        data-testid="lifecycle"
      >
        <defs>
          <marker
            id="lc-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" class="arrow" />
          </marker>
          <marker
            id="lc-arrow-next"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" class="arrow next" />
          </marker>
        </defs>
        @for (g of layout().groups; track g.id) {
          <g class="group" [class.current]="g.current">
            <rect
              [attr.x]="g.x"
              [attr.y]="g.y"
              [attr.width]="g.w"
              [attr.height]="g.h"
              rx="12"
            />
            <text [attr.x]="g.x + 12" [attr.y]="g.y + 16" class="group-label">
              {{ g.label | t }}
            </text>
          </g>
        }
        @for (e of layout().edges; track $index) {
          <path
            class="edge"
            [class.next]="e.next"
            [attr.d]="e.path"
            [attr.marker-end]="
              e.next ? 'url(#lc-arrow-next)' : 'url(#lc-arrow)'
            "
          >
            <title>{{ e.label | t }}</title>
          </path>
        }
        @for (n of nodes(); track n.id) {
          <g
            class="node"
            [class]="'node ' + n.status"
            [class.final]="n.final"
            [attr.data-state]="n.id"
            [attr.data-status]="n.status"
            [attr.aria-current]="n.status === 'current' ? 'step' : null"
          >
            <rect
              [attr.x]="n.x"
              [attr.y]="n.y"
              width="132"
              height="44"
              rx="8"
            />
            @if (n.final) {
              <rect
                [attr.x]="n.x + 3"
                [attr.y]="n.y + 3"
                width="126"
                height="38"
                rx="6"
                class="inner"
              />
            }
            <text
              [attr.x]="n.x + 66"
              [attr.y]="n.y + (n.lines.length > 1 ? 18 : 26)"
              text-anchor="middle"
            >
              @for (line of n.lines; track $index) {
                <tspan [attr.x]="n.x + 66" [attr.dy]="$index ? 14 : 0">
                  {{ line }}
                </tspan>
              }
            </text>
          </g>
        }
      </svg>
    </div>
    <!-- The diagram as text, step by step, for screen readers. -->
    <ol class="cdk-visually-hidden" data-testid="lifecycle-steps">
      @for (n of nodes(); track n.id) {
        <li>{{ n.label | t }}: {{ statusKey[n.status] | t }}</li>
      }
    </ol>
    <ul class="legend">
      <li>
        <span class="swatch current"></span>{{ 'case.lifecycle.current' | t }}
      </li>
      <li>
        <span class="swatch visited"></span>{{ 'case.lifecycle.visited' | t }}
      </li>
      <li>
        <span class="swatch ahead"></span>{{ 'case.lifecycle.ahead' | t }}
      </li>
    </ul>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    svg {
      display: block;
      /* Shrinks to fit the card, but not below 720px (labels stay legible): narrower screens scroll. */
      max-width: max(100%, 720px);
      height: auto;
      font:
        11.5px system-ui,
        sans-serif;
    }
    .group rect {
      fill: var(--mat-sys-surface-container-low);
      stroke: var(--mat-sys-outline-variant);
      stroke-dasharray: 4 3;
    }
    .group.current rect {
      stroke: var(--mat-sys-primary);
    }
    .group-label {
      fill: var(--mat-sys-on-surface-variant);
      font-weight: 600;
    }
    .edge {
      fill: none;
      stroke: var(--mat-sys-outline);
      stroke-width: 1.2;
    }
    .edge.next {
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
    }
    .arrow {
      fill: var(--mat-sys-outline);
    }
    .arrow.next {
      fill: var(--mat-sys-primary);
    }
    .node rect {
      fill: var(--mat-sys-surface);
      stroke: var(--mat-sys-outline);
    }
    .node .inner {
      fill: none;
    }
    .node text {
      fill: var(--mat-sys-on-surface);
    }
    .node.visited rect {
      fill: #e3efe6;
      stroke: #5b8a66;
    }
    .node.current rect {
      fill: var(--mat-sys-primary);
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
    }
    .node.current .inner {
      fill: none;
      stroke: var(--mat-sys-on-primary);
    }
    .node.current text {
      fill: var(--mat-sys-on-primary);
      font-weight: 600;
    }
    .legend {
      display: flex;
      gap: 16px;
      list-style: none;
      padding: 0;
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 14px;
      height: 14px;
      border-radius: 3px;
      margin-right: 6px;
      vertical-align: -2px;
      border: 1px solid var(--mat-sys-outline);
    }
    .swatch.current {
      background: var(--mat-sys-primary);
    }
    .swatch.visited {
      background: #e3efe6;
    }
  `,
})
export class LifecycleDiagram {
  private readonly i18n = inject(I18n);
  readonly machine = input.required<MachineDescription>();
  readonly current = input.required<string>();
  /** States the case has been through (from its history). */
  readonly visited = input<readonly string[]>([]);
  protected readonly statusKey = {
    current: 'case.lifecycle.current',
    visited: 'case.lifecycle.visited',
    ahead: 'case.lifecycle.ahead',
  } as const;

  protected readonly layout = computed(() =>
    layoutLifecycle(this.machine(), this.current(), new Set(this.visited())),
  );
  protected readonly nodes = computed(() =>
    this.layout().nodes.map((n) => ({
      ...n,
      lines: wrapLabel(this.i18n.pick(n.label)),
    })),
  );
  protected readonly ariaLabel = computed(() => {
    const current = this.machine().states.find((s) => s.id === this.current());
    return `${this.i18n.t('case.lifecycle.title')}: ${this.i18n.t('case.lifecycle.current')} ${current ? this.i18n.pick(current.label) : this.current()}`;
  });
}
