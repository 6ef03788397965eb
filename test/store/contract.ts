/**
 * The store contract: what the digest and the Slack guard rely on, run against SQLite
 * (contract.sqlite.test.ts) and PostgreSQL (contract.postgres.test.ts) alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';

/** Opens two connections to one fresh, empty database (two processes, or two replicas). */
export type OpenPair = () => Promise<[Store, Store]>;

const key = { platform: 'slack', channelId: 'C0001', date: '2023-11-02' } as const;
const t = (iso: string) => new Date(iso);

export function storeContract(kind: Store['kind'], openPair: OpenPair): void {
  const open: Store[] = [];
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });
  const pair = async () => {
    const stores = await openPair();
    open.push(...stores);
    return stores;
  };

  describe(`store contract on ${kind}`, () => {
    it('is the kind asked for', async () => {
      const [a] = await pair();
      expect(a.kind).toBe(kind);
    });

    it('lets exactly one of two connections claim a key, with a delivery id', async () => {
      const [a, b] = await pair();
      const first = await a.ledger.claim(key, 'runtime-a', t('2025-06-01T12:00:00Z'));
      expect(first).toMatchObject({ state: 'claimed', claimedBy: 'runtime-a', attempts: 0 });
      expect(first?.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await b.ledger.claim(key, 'runtime-b', t('2025-06-01T12:00:01Z'))).toBeUndefined();
      expect(await a.ledger.claim(key, 'runtime-a', t('2025-06-01T12:00:02Z'))).toBeUndefined();
      expect(await b.ledger.get(key)).toEqual({
        ...key,
        state: 'claimed',
        attempts: 0,
        claimedBy: 'runtime-a',
        updatedAt: '2025-06-01T12:00:00.000Z',
        startedAt: '2025-06-01T12:00:00.000Z',
        deliveryId: first?.deliveryId,
      });
    });

    it('of 40 simultaneous claims on one key across two connections, exactly one wins', async () => {
      const [a, b] = await pair();
      const at = t('2025-06-01T12:00:00Z');
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).ledger.claim(key, `r${i}`, at)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('claims many keys in one call; of two such calls racing, each key goes to one', async () => {
      const [a, b] = await pair();
      const keys = Array.from({ length: 30 }, (_, i) => ({ ...key, channelId: `C${i}` }));
      await a.ledger.claim(keys[0] ?? key, 'first', t('2025-06-01T11:59:00Z'));
      const [byA, byB] = await Promise.all([
        a.ledger.claimMany(keys, 'a', t('2025-06-01T12:00:00Z')),
        b.ledger.claimMany([...keys].reverse(), 'b', t('2025-06-01T12:00:00Z')),
      ]);
      const won = [...byA, ...byB].map((e) => e.channelId).sort();
      expect(won).toEqual(
        keys
          .slice(1)
          .map((k) => k.channelId)
          .sort(),
      );
      expect(new Set([...byA, ...byB].map((e) => e.deliveryId)).size).toBe(29);
      expect(await a.ledger.claimMany([], 'a', t('2025-06-01T12:00:00Z'))).toEqual([]);
    });

    it('records sent with the message id and failed with the reason', async () => {
      const [a, b] = await pair();
      const other = { ...key, channelId: 'C0002' };
      await a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
      await a.ledger.claim(other, 'a', t('2025-06-01T12:00:00Z'));
      await a.ledger.attempt(key, 1, t('2025-06-01T12:00:01Z'));
      await a.ledger.markSent(key, '1717243200.000100', t('2025-06-01T12:00:02Z'));
      await a.ledger.markFailed(other, 'channel_not_found', t('2025-06-01T12:00:03Z'));
      expect(await b.ledger.get(key)).toMatchObject({
        state: 'sent',
        messageId: '1717243200.000100',
        attempts: 1,
      });
      expect(await b.ledger.get(other)).toMatchObject({ state: 'failed', reason: 'channel_not_found' });
      expect(await b.ledger.claim(other, 'b', t('2025-06-01T13:00:00Z'))).toBeUndefined();
      expect((await b.ledger.withState('2023-11-02', 'failed')).map((e) => e.channelId)).toEqual(['C0002']);
      expect((await b.ledger.onDate('2023-11-02')).map((e) => e.state).sort()).toEqual(['failed', 'sent']);
      expect(await b.ledger.onDate('2023-11-03')).toEqual([]);
    });

    it('hands each claim older than the lease to exactly one taker, keeping its delivery id', async () => {
      const [a, b] = await pair();
      const fresh = { ...key, channelId: 'C0002' };
      const stale = await a.ledger.claim(key, 'dead', t('2025-06-01T12:00:00Z'));
      await a.ledger.claim(fresh, 'alive', t('2025-06-01T12:09:00Z'));
      const staleBefore = t('2025-06-01T12:05:00Z');
      const at = t('2025-06-01T12:10:00Z');
      const [byA, byB] = await Promise.all([
        a.ledger.takeStale(staleBefore, 'a', at),
        b.ledger.takeStale(staleBefore, 'b', at),
      ]);
      const taken = [...byA, ...byB];
      expect(taken.map((e) => e.channelId)).toEqual(['C0001']);
      expect(taken[0]).toMatchObject({ state: 'claimed', deliveryId: stale?.deliveryId });
      expect(taken[0]?.claimedBy).toBe(byA.length ? 'a' : 'b');
      expect(await a.ledger.get(fresh)).toMatchObject({ state: 'claimed', claimedBy: 'alive' });
      expect(await a.ledger.takeStale(staleBefore, 'c', at)).toEqual([]);
    });

    it('a released claim is stale at once', async () => {
      const [a, b] = await pair();
      await a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
      await a.ledger.release(key);
      const taken = await b.ledger.takeStale(t('2025-06-01T11:59:00Z'), 'b', t('2025-06-01T12:00:30Z'));
      expect(taken.map((e) => e.claimedBy)).toEqual(['b']);
    });

    it('reclaims (--force) a sent entry with a new delivery id, but not a claim within its lease', async () => {
      const [a, b] = await pair();
      const first = await a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
      expect(
        await b.ledger.reclaim(key, 'b', t('2025-06-01T12:01:00Z'), t('2025-06-01T11:51:00Z')),
      ).toBeUndefined();
      await a.ledger.markSent(key, 'm1', t('2025-06-01T12:00:05Z'));
      const forced = await b.ledger.reclaim(key, 'b', t('2025-06-01T12:02:00Z'), t('2025-06-01T11:52:00Z'));
      expect(forced?.deliveryId).not.toBe(first?.deliveryId);
      expect(await a.ledger.get(key)).toEqual({
        ...key,
        state: 'claimed',
        attempts: 0,
        claimedBy: 'b',
        updatedAt: '2025-06-01T12:02:00.000Z',
        startedAt: '2025-06-01T12:02:00.000Z',
        deliveryId: forced?.deliveryId,
      });
    });

    it('reclaims (--retry-failed) only a failed entry, keeping its delivery id', async () => {
      const [a, b] = await pair();
      const first = await a.ledger.claim(key, 'a', t('2025-06-01T12:00:00Z'));
      await a.ledger.markSent(key, 'm1', t('2025-06-01T12:00:05Z'));
      const staleBefore = t('2025-06-01T11:52:00Z');
      expect(
        await b.ledger.reclaim(key, 'b', t('2025-06-01T12:02:00Z'), staleBefore, 'failed'),
      ).toBeUndefined();
      await a.ledger.markFailed(key, 'gave up', t('2025-06-01T12:03:00Z'));
      const retried = await b.ledger.reclaim(key, 'b', t('2025-06-01T12:04:00Z'), staleBefore, 'failed');
      expect(retried).toMatchObject({ state: 'claimed', claimedBy: 'b', deliveryId: first?.deliveryId });
    });

    it('lists a channel’s recent entries, newest first', async () => {
      const [a] = await pair();
      for (const [i, date] of ['2023-11-02', '2023-11-03', '2023-11-04'].entries()) {
        await a.ledger.claim({ ...key, date }, 'a', t(`2025-06-0${i + 1}T12:00:00Z`));
      }
      await a.ledger.claim({ ...key, channelId: 'C0002' }, 'a', t('2025-06-09T12:00:00Z'));
      expect((await a.ledger.recent('slack', 'C0001', 2)).map((e) => e.date)).toEqual([
        '2023-11-04',
        '2023-11-03',
      ]);
    });

    it('keeps subscriptions: put replaces, list is ordered, remove says whether there was one', async () => {
      const [a, b] = await pair();
      const berlin = {
        platform: 'discord',
        channelId: '123456789012345678',
        time: '07:30',
        timeZone: 'Europe/Berlin',
        createdBy: 'U1',
        createdAt: '2025-06-01T10:00:00.000Z',
      } as const;
      await a.subscriptions.put({ ...berlin, time: '06:00' });
      await a.subscriptions.put(berlin);
      await a.subscriptions.put({
        platform: 'slack',
        channelId: 'C9',
        time: '08:00',
        timeZone: 'UTC',
        createdAt: '2025-06-01T10:00:00.000Z',
      });
      expect(await b.subscriptions.get('discord', berlin.channelId)).toEqual(berlin);
      expect((await b.subscriptions.list()).map((s) => s.platform)).toEqual(['discord', 'slack']);
      expect(await b.subscriptions.get('slack', 'C9')).not.toHaveProperty('createdBy');
      expect(await b.subscriptions.remove('discord', berlin.channelId)).toBe(true);
      expect(await a.subscriptions.remove('discord', berlin.channelId)).toBe(false);
    });

    it('sees a signed request once across connections, and forgets it after the window', async () => {
      const [a, b] = await pair();
      const forget = t('2025-06-01T11:55:00Z');
      const results = await Promise.all([
        a.requests.firstSeen('v0=abc', t('2025-06-01T12:00:00Z'), forget),
        b.requests.firstSeen('v0=abc', t('2025-06-01T12:00:00Z'), forget),
      ]);
      expect(results.sort()).toEqual([false, true]);
      expect(await a.requests.firstSeen('v0=abc', t('2025-06-01T12:20:00Z'), t('2025-06-01T12:15:00Z'))).toBe(
        true,
      );
    });

    it('keeps a channel’s map setting where every connection (replica) sees it, per platform', async () => {
      const [a, b] = await pair();
      expect(await b.channels.mapsOff('slack', 'C0MAPS')).toBe(false);
      await a.channels.setMapsOff('slack', 'C0MAPS', true, t('2025-06-01T12:00:00Z'));
      expect(await b.channels.mapsOff('slack', 'C0MAPS')).toBe(true);
      expect(await b.channels.mapsOff('discord', 'C0MAPS')).toBe(false);
      await b.channels.setMapsOff('slack', 'C0MAPS', false, t('2025-06-01T12:01:00Z'));
      expect(await a.channels.mapsOff('slack', 'C0MAPS')).toBe(false);
    });
  });
}
