import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../log.js';
import type { RequestGuard } from '../../store/index.js';

/** Slack's own rule: a request whose timestamp is more than 5 minutes off is refused. */
export const SKEW_MS = 5 * 60_000;

export interface GuardOptions {
  /** Requests already answered, in the store every replica shares. */
  seen: RequestGuard;
  log: Logger;
  now?: () => Date;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * In front of Bolt's request listener: refuses a timestamp more than 5 minutes off in either
 * direction (401), and acknowledges a replay (the same signature again within that window,
 * on this replica or another) with an empty 200 without running it. Bolt then checks the
 * signature itself.
 */
export function guardSlackRequests(listener: Listener, options: GuardOptions): Listener {
  const now = options.now ?? (() => new Date());
  const refuse = (res: ServerResponse, status: number, why: string) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(why);
  };
  return (req, res) => {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const signature = String(req.headers['x-slack-signature'] ?? '');
    const at = now();
    if (!Number.isFinite(timestamp) || Math.abs(at.getTime() - timestamp * 1000) > SKEW_MS) {
      options.log.warn('slack request refused: timestamp more than 5 minutes off', {
        timestamp: req.headers['x-slack-request-timestamp'],
      });
      return refuse(res, 401, 'stale or future timestamp');
    }
    if (!/^v0=[0-9a-f]{64}$/.test(signature)) return refuse(res, 401, 'missing signature');
    options.seen.firstSeen(signature, at, new Date(at.getTime() - 2 * SKEW_MS)).then(
      (first) => {
        if (first) return listener(req, res);
        options.log.warn('slack request replayed; acknowledged, not answered again', {
          timestamp: req.headers['x-slack-request-timestamp'],
        });
        req.resume();
        res.writeHead(200).end();
      },
      (error: unknown) => {
        options.log.error('slack replay check failed; request refused', { error });
        req.resume();
        refuse(res, 503, 'try again');
      },
    );
  };
}
