import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../digest/types.js';

/**
 * Platform errors Slack itself calls temporary. Every other platform error
 * (channel_not_found, not_in_channel, is_archived, invalid_auth, account_inactive,
 * missing_scope, invalid_blocks, ...) is permanent: the same request would fail again.
 */
const TRANSIENT_ERRORS = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/**
 * A short, token-free description of a Web API failure for logs and chat:
 * the platform error code, the HTTP status, or the network error's message.
 */
export function describeSlackError(error: unknown): string {
  if (error instanceof webApi.WebAPIPlatformError) return error.data.error;
  if (error instanceof webApi.WebAPIRateLimitedError)
    return `rate limited (retry after ${error.retryAfter}s)`;
  if (error instanceof webApi.WebAPIHTTPError) return `HTTP ${error.statusCode}`;
  if (error instanceof webApi.WebAPIRequestError) return `request failed: ${error.original.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Maps a WebClient failure to a DeliveryError: permanent when retrying cannot help. */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  const message = `${what} failed: ${describeSlackError(error)}`;
  if (error instanceof webApi.WebAPIRateLimitedError)
    return new DeliveryError(message, false, error.retryAfter * 1000);
  if (error instanceof webApi.WebAPIPlatformError) {
    return new DeliveryError(message, !TRANSIENT_ERRORS.has(error.data.error));
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    const status = error.statusCode;
    const transient = status >= 500 || status === 408 || status === 429;
    const retryAfter = Number.parseInt(error.headers['retry-after'] ?? '', 10);
    return new DeliveryError(
      message,
      !transient,
      Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
      status >= 500 || status === 408,
    );
  }
  // No answer (timeout, connection reset): the post may have been made. Also 5xx.
  return new DeliveryError(message, false, undefined, true);
}

/**
 * Why Slack did not start, for the operator: a token Slack refused, or an API that could
 * not be reached at all (a wrong SLACK_API_URL, no network), which is no fault of the token.
 */
export function describeStartError(error: unknown, apiUrl: string | undefined): string {
  if (error instanceof webApi.WebAPIRequestError || error instanceof webApi.WebAPIHTTPError) {
    const where = apiUrl ? `SLACK_API_URL ${apiUrl}` : 'the Slack API';
    return `${where} is unreachable (auth.test: ${describeSlackError(error)})`;
  }
  return `Slack refused SLACK_BOT_TOKEN (auth.test: ${describeSlackError(error)})`;
}
