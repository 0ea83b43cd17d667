/** The arrows of the lifecycle diagram: the path of a transition between two boxes (lifecycle-layout.ts places them). */

/** An arrow back (rework) dips this far under the lower of its two boxes. */
export const RETURN_DIP = 28;
/** An arrow back lands this far right of its target's middle, apart from the arrow that leaves it forward. */
export const RETURN_SHIFT = 12;
/** The shared trunk of the arrows down from a compound state runs this far right of their targets. */
export const TRUNK_GAP = 12;
/** Opposite vertical arrows (suspend, resume) run this far either side of the middle of the boxes' overlap. */
export const PAIR_OFFSET = 10;

/** A box of the diagram: a state, or the frame of a compound state. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * An arrow between two boxes: forward to the right, back to the left under the boxes (return for rework), straight
 * down or up between a compound state and a state beside it (suspend, resume), offset so opposite arrows do not overlap.
 */
export function route(from: Box, to: Box): string {
  if (to.x >= from.x + from.w) {
    const [x1, y1, x2, y2] = [from.x + from.w, from.y + from.h / 2, to.x, to.y + to.h / 2];
    const mid = (x1 + x2) / 2;
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  }
  if (to.x + to.w <= from.x) {
    const [x1, y1, x2, y2] = [from.x + from.w / 2, from.y + from.h, to.x + to.w / 2 + RETURN_SHIFT, to.y + to.h];
    const dip = Math.max(y1, y2) + RETURN_DIP;
    return `M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2}`;
  }
  const overlap = (Math.max(from.x, to.x) + Math.min(from.x + from.w, to.x + to.w)) / 2;
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
