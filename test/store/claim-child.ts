/**
 * Child process for claim-race.e2e.test.ts: waits until `goAt` (ms since epoch), then tries to
 * claim `count` ledger keys in the given database and prints the indexes it won as JSON.
 */
import { openSqliteStore as openStore } from '../../src/store/index.js';

const [path = '', goAt = '0', count = '0', owner = 'child'] = process.argv.slice(2);
const store = openStore(path);
while (Date.now() < Number(goAt)) {
  // Busy-wait so both processes start claiming at the same instant.
}
const won: number[] = [];
for (let i = 0; i < Number(count); i++) {
  const key = {
    platform: 'slack' as const,
    channelId: `C${i % 7}`,
    date: `2023-11-${String((i % 28) + 1).padStart(2, '0')}-${i}`,
  };
  if (await store.ledger.claim(key, owner, new Date())) won.push(i);
}
await store.close();
process.stdout.write(JSON.stringify(won));
