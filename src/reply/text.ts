import type { Reply } from './model.js';
import { plainTimes } from '../render/reader-time.js';

/** Plain-text rendering for the console and the CLI. */
export function renderText(reply: Reply): string {
  const out: string[] = [reply.kind === 'error' ? `Error: ${reply.title}` : reply.title];
  if (reply.lead && reply.lead !== reply.title) out.push(reply.lead);
  for (const section of reply.sections) {
    out.push('');
    if (section.heading) out.push(`${section.heading}:`);
    for (const fact of section.facts ?? []) out.push(`  ${fact.label}: ${fact.value}`);
    for (const line of section.lines) out.push(`  - ${line}`);
  }
  if (reply.hint) out.push('', reply.hint);
  if (reply.sources.length) {
    out.push('', 'Sources:');
    for (const source of reply.sources) out.push(`  * ${source}`);
  }
  return plainTimes(out.join('\n'));
}
