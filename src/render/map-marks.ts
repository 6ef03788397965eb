/** The marks of a route map: stop dots, leader lines, numbered labels, the header and the legend. */
import { LABEL_BADGE, LABEL_FONT_SIZE, LABEL_GAP, type LabelBox } from './map-labels.js';
import type { MapTheme } from './map-theme.js';
import { wrapText, xml } from './svg-text.js';
import type { RouteMapInput, RouteMapLayout, RouteMapStop } from './route-map-model.js';

export const MARGIN = 24;
export const HEADER = 64;
export const FOOTER = 40;
const DOT_RADIUS = 5.5;

export function dot(p: { x: number; y: number; basis: RouteMapStop['basis'] }, theme: MapTheme): string {
  const fill = p.basis === 'documented' ? theme.documented : theme.inferred;
  const dash = p.basis === 'inferred' ? ' stroke-dasharray="3 2"' : '';
  return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${DOT_RADIUS}" fill="${fill}" stroke="${p.basis === 'documented' ? theme.halo : theme.route}" stroke-width="${p.basis === 'documented' ? 1.5 : 2}"${dash}/>`;
}

export function leader(l: LabelBox, theme: MapTheme): string {
  const x = Math.min(Math.max(l.anchor.x, l.x), l.x + l.width);
  const y = l.y + l.height / 2;
  return `<line x1="${l.anchor.x.toFixed(1)}" y1="${l.anchor.y.toFixed(1)}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${theme.muted}" stroke-width="1"/>`;
}

export function label(l: LabelBox, theme: MapTheme): string {
  const atEnd = l.badge === 'end';
  const cx = atEnd ? l.x + l.width - LABEL_BADGE / 2 - 1 : l.x + LABEL_BADGE / 2 + 1;
  const cy = l.y + l.height / 2;
  const tx = atEnd ? cx - LABEL_BADGE / 2 - LABEL_GAP : l.x + LABEL_BADGE + LABEL_GAP;
  const anchor = atEnd ? ' text-anchor="end"' : '';
  return [
    `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${LABEL_BADGE / 2}" fill="${theme.route}"/>`,
    `<text x="${cx.toFixed(1)}" y="${(cy + 4).toFixed(1)}" font-size="11" font-weight="bold" text-anchor="middle" fill="${theme.halo}">${l.order}</text>`,
    `<text x="${tx.toFixed(1)}" y="${(cy + 4.5).toFixed(1)}" font-size="${LABEL_FONT_SIZE}"${anchor} fill="${theme.text}" stroke="${theme.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xml(l.text)}</text>`,
  ].join('');
}

export function header(input: RouteMapInput, width: number, theme: MapTheme): string {
  const lines = wrapText(input.title, width - 2 * MARGIN, 17, 2, true);
  const titles = lines.map(
    (line, i) =>
      `<text x="${MARGIN}" y="${24 + i * 21}" font-size="17" font-weight="bold" fill="${theme.text}">${xml(line)}</text>`,
  );
  const datesY = 24 + lines.length * 21;
  return [
    `<rect width="${width}" height="${HEADER}" fill="${theme.panel}" opacity="0.94"/>`,
    ...titles,
    `<text x="${MARGIN}" y="${datesY}" font-size="13" fill="${theme.muted}">${xml(input.dates)}</text>`,
  ].join('');
}

export function legend(
  notOnMap: RouteMapLayout['notOnMap'],
  width: number,
  height: number,
  theme: MapTheme,
): string {
  const y = height - FOOTER / 2;
  const parts = [
    `<rect y="${height - FOOTER}" width="${width}" height="${FOOTER}" fill="${theme.panel}" opacity="0.94"/>`,
    dot({ x: MARGIN + 6, y, basis: 'documented' }, theme),
    `<text x="${MARGIN + 18}" y="${y + 4.5}" font-size="13" fill="${theme.text}">documented</text>`,
    dot({ x: MARGIN + 124, y, basis: 'inferred' }, theme),
    `<text x="${MARGIN + 136}" y="${y + 4.5}" font-size="13" fill="${theme.text}">inferred from the route</text>`,
  ];
  if (notOnMap.length) {
    const names = notOnMap.map((s) => `${s.order} ${s.label}`).join(', ');
    const [text = ''] = wrapText(`Not on the map (no coordinates): ${names}`, width - MARGIN - 330, 12, 1);
    parts.push(
      `<text x="${MARGIN + 320}" y="${y + 4}" font-size="12" fill="${theme.muted}">${xml(text)}</text>`,
    );
  }
  return parts.join('');
}
