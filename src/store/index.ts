export { openStore, type Store } from './open-store.js';
export { StoreError } from './errors.js';
export { SCHEMA_VERSION } from './migrations.js';
export type { Ledger, LedgerEntry, LedgerKey, LedgerState } from './ledger.js';
export type { Platform, Subscription, Subscriptions } from './subscriptions.js';
