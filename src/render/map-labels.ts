import { textWidth } from './fonts.js';

/** A stop's dot on the map. */
export interface PlacedPoint {
  order: number;
  label: string;
  x: number;
  y: number;
}

export interface LabelBox {
  order: number;
  text: string;
  /** Top-left corner of the badge-and-text box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The dot the label names; a leader line joins them when the box is pushed away. */
  anchor: { x: number; y: number };
  displaced: boolean;
  /** Which end of the box the badge is at: the end nearer the dot, so text grows away from it. */
  badge: 'start' | 'end';
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const LABEL_FONT_SIZE = 13;
const BADGE = 18;
const GAP = 5;
const DOT_CLEARANCE = 7;
/** Directions tried around a dot, nearest first: right, left, up, down, then diagonals. */
const DIRECTIONS = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
] as const;
const RINGS = [0, 18, 36, 56, 80, 110];

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(r: Rect, area: Rect): boolean {
  return (
    r.x >= area.x &&
    r.y >= area.y &&
    r.x + r.width <= area.x + area.width &&
    r.y + r.height <= area.y + area.height
  );
}

/**
 * Greedy label placement: each stop (in route order) takes the nearest free spot around
 * its dot that overlaps no other label, dot or reserved panel; dots never move, so a
 * crowded cluster (Tel Aviv, Ramallah, Amman) gets leader lines instead of lying.
 */
export function placeLabels(
  points: readonly PlacedPoint[],
  area: Rect,
  reserved: readonly Rect[],
): LabelBox[] {
  const taken: Rect[] = [
    ...reserved,
    ...points.map((p) => ({
      x: p.x - DOT_CLEARANCE,
      y: p.y - DOT_CLEARANCE,
      width: 2 * DOT_CLEARANCE,
      height: 2 * DOT_CLEARANCE,
    })),
  ];
  return points.map((point) => {
    const width = BADGE + GAP + textWidth(point.label, LABEL_FONT_SIZE) + 4;
    const height = BADGE + 2;
    let best: Rect | undefined;
    let badge: LabelBox['badge'] = 'start';
    search: for (const ring of RINGS) {
      for (const [dx, dy] of DIRECTIONS) {
        const cx = point.x + dx * (DOT_CLEARANCE + ring + (dx > 0 ? 0 : dx < 0 ? width : width / 2));
        const cy = point.y + dy * (DOT_CLEARANCE + ring + height / 2);
        const box = { x: dx === 0 ? cx - width / 2 : cx, y: cy - height / 2, width, height };
        if (!inside(box, area) || taken.some((t) => overlaps(box, t))) continue;
        best = box;
        badge = dx < 0 ? 'end' : 'start';
        break search;
      }
    }
    const box = best ?? {
      x: Math.min(Math.max(point.x + DOT_CLEARANCE, area.x), area.x + area.width - width),
      y: Math.min(Math.max(point.y - height / 2, area.y), area.y + area.height - height),
      width,
      height,
    };
    taken.push(box);
    const centreY = box.y + height / 2;
    const nearX = Math.min(Math.max(point.x, box.x), box.x + width);
    const displaced = Math.hypot(nearX - point.x, centreY - point.y) > DOT_CLEARANCE + height / 2 + 2;
    return {
      order: point.order,
      text: point.label,
      ...box,
      anchor: { x: point.x, y: point.y },
      displaced,
      badge,
    };
  });
}

export const LABEL_BADGE = BADGE;
export const LABEL_GAP = GAP;
