/** Stable codes for errors a user can cause; each adapter renders them the same way. */
export type ErrorCode =
  | 'UNKNOWN_COMMAND'
  | 'MISSING_ARGUMENT'
  | 'BAD_DATE'
  | 'NOT_FOUND'
  | 'TOO_LONG'
  | 'BAD_ARGUMENT'
  | 'FORBIDDEN'
  | 'UNAVAILABLE';

/** An error whose message is safe and useful to show in chat. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
