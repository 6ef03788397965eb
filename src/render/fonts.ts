import { join } from 'node:path';
import { REPO_ROOT } from '../repo-root.js';

/**
 * The fonts every map is drawn with: DejaVu Sans, committed under assets/fonts (free
 * licence, see assets/fonts/LICENSE), so text renders the same on every machine and
 * resvg never reads the system's fonts.
 */
export const FONT_FAMILY = 'DejaVu Sans';

export const FONT_FILES: readonly string[] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  join(REPO_ROOT, 'assets', 'fonts', file),
);

/** Average advance of a DejaVu Sans glyph, in ems: enough to keep labels apart. */
const AVERAGE_ADVANCE = 0.58;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? AVERAGE_ADVANCE + 0.06 : AVERAGE_ADVANCE);
}
