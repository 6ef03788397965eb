/**
 * The platform-neutral reply every command returns. Renderers turn it into plain
 * text (console), Slack Block Kit or Discord embeds. All strings are plain text:
 * renderers escape them for their platform.
 */
export type Visibility = 'ephemeral' | 'public';
export type ReplyKind = 'answer' | 'help' | 'error';

export interface Fact {
  label: string;
  value: string;
}

export interface Section {
  heading?: string;
  /** Plain-text lines, shown as a list or paragraph. */
  lines: string[];
  /** Short label/value pairs (Slack fields, Discord inline fields). */
  facts?: Fact[];
}

/** A file sent with the answer: the route map (PNG) or a calendar (.ics). */
export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
  /** Text alternative (image alt text, or a description of the file). */
  alt: string;
}

export interface Reply {
  kind: ReplyKind;
  title: string;
  /** One-line answer shown first (Slack/Discord notification text). */
  lead?: string;
  sections: Section[];
  /** What the answer rests on: documents, dates, summary paragraphs. */
  sources: string[];
  visibility: Visibility;
  /** False for replies that report an action (digest on/off): no "share" button re-runs them. */
  shareable?: boolean;
  /** For errors: a stable code and a hint such as "Try /trip where 2023-11-07". */
  code?: string;
  hint?: string;
  /** A file to send with the answer where the platform allows; text-only places ignore it. */
  attachment?: Attachment;
}

export function answer(title: string, parts: Omit<Partial<Reply>, 'kind' | 'title'>): Reply {
  return { kind: 'answer', title, sections: [], sources: [], visibility: 'ephemeral', ...parts };
}

/**
 * Only the answer's first line (its title), for `--brief`: the platforms add a "More" button
 * that gives the rest. Errors are short already and are kept whole.
 */
export function briefReply(reply: Reply): Reply {
  if (reply.kind === 'error') return reply;
  const { kind, title, visibility, shareable } = reply;
  return {
    kind,
    title,
    sections: [],
    sources: [],
    visibility,
    ...(shareable === undefined ? {} : { shareable }),
  };
}
