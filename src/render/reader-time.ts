/**
 * Times shown in each reader's own zone. A reply holds a marker with the instant and a
 * plain fallback; each renderer turns it into its platform's form: Slack
 * `<!date^unix^{date_short_pretty} at {time}|fallback>`, Discord `<t:unix:F>`, plain text
 * the fallback. The marker uses characters no escaper touches (⟦ ⟧), so it survives
 * escaping and is replaced after it.
 */
const MARKER = /⟦t:(-?\d+):([tTdDfFR])\|([^⟧]*)⟧/g;

export type TimeStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

const SLACK_FORMAT: Record<TimeStyle, string> = {
  t: '{time}',
  T: '{time_secs}',
  d: '{date_num}',
  D: '{date_long}',
  f: '{date_long} {time}',
  F: '{date_long_pretty} at {time}',
  R: '{ago}',
};

/** A time the reader sees in their zone; `fallback` where the platform cannot (and in plain text). */
export function readerTime(at: Date, fallback: string, style: TimeStyle = 'F'): string {
  const clean = fallback.replace(/[|⟦⟧]/g, ' ');
  return `⟦t:${Math.floor(at.getTime() / 1000)}:${style}|${clean}⟧`;
}

export function plainTimes(text: string): string {
  return text.replace(MARKER, (_m, _unix: string, _style: string, fallback: string) => fallback);
}

/** For Slack mrkdwn only (the fallback is already escaped there); plain_text gets `plainTimes`. */
export function slackTimes(text: string): string {
  return text.replace(
    MARKER,
    (_m, unix: string, style: TimeStyle, fallback: string) =>
      `<!date^${unix}^${SLACK_FORMAT[style]}|${fallback}>`,
  );
}

export function discordTimes(text: string): string {
  return text.replace(MARKER, (_m, unix: string, style: string) => `<t:${unix}:${style}>`);
}
