import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { useTempDir } from './temp-dir.js';

const tempDir = useTempDir();
const open: Store[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

function twoStoresOnOneFile(): [Store, Store] {
  const path = join(tempDir(), 'tripbot.db');
  const a = openStore(path);
  const b = openStore(path);
  open.push(a, b);
  return [a, b];
}

const key = { platform: 'slack', channelId: 'C0001', date: '2023-11-02' } as const;
const t = (iso: string) => new Date(iso);

describe('digest ledger', () => {
  it('lets exactly one of two connections on the same file claim a key', () => {
    const [a, b] = twoStoresOnOneFile();
    expect(a.ledger.claim(key, 'runtime-a', t('2025-06-01T12:00:00Z'))).toBe(true);
    expect(b.ledger.claim(key, 'runtime-b', t('2025-06-01T12:00:01Z'))).toBe(false);
    expect(a.ledger.claim(key, 'runtime-a', t('2025-06-01T12:00:02Z'))).toBe(false);
    expect(b.ledger.get(key)).toMatchObject({ state: 'claimed', claimedBy: 'runtime-a', attempts: 0 });
  });

  it('records sent with the message id and failed with the reason', () => {
    const [a, b] = twoStoresOnOneFile();
    const other = { ...key, channelId: 'C0002' };
    a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
    a.ledger.claim(other, 'a', t('2025-06-01T12:00:00Z'));
    a.ledger.attempt(key, 1, t('2025-06-01T12:00:01Z'));
    a.ledger.markSent(key, '1717243200.000100', t('2025-06-01T12:00:02Z'));
    a.ledger.markFailed(other, 'channel_not_found', t('2025-06-01T12:00:03Z'));
    expect(b.ledger.get(key)).toMatchObject({ state: 'sent', messageId: '1717243200.000100', attempts: 1 });
    expect(b.ledger.get(other)).toMatchObject({ state: 'failed', reason: 'channel_not_found' });
    expect(b.ledger.claim(other, 'b', t('2025-06-01T13:00:00Z'))).toBe(false);
  });

  it('expires only claims older than the lease, as failed with the reason', () => {
    const [a] = twoStoresOnOneFile();
    const fresh = { ...key, channelId: 'C0002' };
    a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
    a.ledger.claim(fresh, 'a', t('2025-06-01T12:09:00Z'));
    const expired = a.ledger.expireStale(t('2025-06-01T12:05:00Z'), 'interrupted', t('2025-06-01T12:10:00Z'));
    expect(expired.map((e) => e.channelId)).toEqual(['C0001']);
    expect(a.ledger.get(key)).toMatchObject({ state: 'failed', reason: 'interrupted' });
    expect(a.ledger.get(fresh)).toMatchObject({ state: 'claimed' });
  });

  it('reclaims (--force) a sent or failed entry but not a claim still within its lease', () => {
    const [a, b] = twoStoresOnOneFile();
    a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
    expect(b.ledger.reclaim(key, 'b', t('2025-06-01T12:01:00Z'), t('2025-06-01T11:51:00Z'))).toBe(false);
    a.ledger.markSent(key, 'm1', t('2025-06-01T12:00:05Z'));
    expect(b.ledger.reclaim(key, 'b', t('2025-06-01T12:02:00Z'), t('2025-06-01T11:52:00Z'))).toBe(true);
    expect(a.ledger.get(key)).toEqual({
      ...key,
      state: 'claimed',
      attempts: 0,
      claimedBy: 'b',
      updatedAt: '2025-06-01T12:02:00.000Z',
    });
  });

  it('lists a channel’s recent entries, newest first', () => {
    const [a] = twoStoresOnOneFile();
    for (const [i, date] of ['2023-11-02', '2023-11-03', '2023-11-04'].entries()) {
      a.ledger.claim({ ...key, date }, 'a', t(`2025-06-0${i + 1}T12:00:00Z`));
    }
    a.ledger.claim({ ...key, channelId: 'C0002' }, 'a', t('2025-06-09T12:00:00Z'));
    expect(a.ledger.recent('slack', 'C0001', 2).map((e) => e.date)).toEqual(['2023-11-04', '2023-11-03']);
  });
});
