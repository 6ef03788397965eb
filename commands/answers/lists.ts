/** Lines shown in a chat answer; `--json` has every stay. */
export const LIST_LIMIT = 20;
