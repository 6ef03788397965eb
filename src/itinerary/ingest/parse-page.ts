import { MONTHS, isoDate, monthIndex } from '../calendar.js';
import { truncate } from '../text.js';

/** The page text split into its parts, with line numbers kept for messages. */
export interface PageEntry {
  date: string;
  title: string;
  line: number;
}
export interface PageSection {
  heading: string;
  line: number;
  entries: PageEntry[];
}
export interface RawPage {
  summary: { text: string; line: number }[];
  sections: PageSection[];
}

/** A page that cannot be read: names the line and what was expected there. */
export class PageFormatError extends Error {
  override readonly name = 'PageFormatError';
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

const ENTRY = new RegExp(`^- (${MONTHS.join('|')}) (\\d{1,2}), (\\d{4}) (\\S.*)$`);

/** Splits page text into the Summary paragraphs and the dated sections. */
export function parsePage(text: string): RawPage {
  const lines = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || lines[first]?.trim() !== 'Summary') {
    throw new PageFormatError(
      first < 0 ? 1 : first + 1,
      'expected the heading "Summary" first; the page has no summary',
    );
  }
  const page: RawPage = { summary: [], sections: [] };
  let inSummary = true;
  let expectParagraph = true;
  for (let i = first + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    const number = i + 1;
    if (line === '') continue;
    if (inSummary && line === '-') {
      expectParagraph = true;
      continue;
    }
    if (inSummary && expectParagraph && !line.startsWith('- ')) {
      page.summary.push({ text: line, line: number });
      expectParagraph = false;
      continue;
    }
    if (line.startsWith('-')) {
      const section = page.sections.at(-1);
      if (!section)
        throw new PageFormatError(
          number,
          `expected a section heading before the dated line "${truncate(line, 80)}"`,
        );
      section.entries.push(parseEntry(line, number));
      continue;
    }
    inSummary = false;
    page.sections.push({ heading: line, line: number, entries: [] });
  }
  if (page.summary.length === 0) throw new PageFormatError(first + 1, 'the Summary section has no paragraph');
  return page;
}

function parseEntry(line: string, number: number): PageEntry {
  const match = ENTRY.exec(line);
  const date = match && isoDate(Number(match[3]), monthIndex(match[1] ?? ''), Number(match[2]));
  if (!match || !date) {
    throw new PageFormatError(
      number,
      `expected "- Month D, YYYY Title" with a real date, got "${truncate(line, 80)}"`,
    );
  }
  return { date, title: (match[4] ?? '').trim(), line: number };
}
