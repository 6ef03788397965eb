import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';
import { useTempDir } from './temp-dir.js';

const tempDir = useTempDir();

storeContract('sqlite', async () => {
  const path = join(tempDir(), 'tripbot.db');
  return [openSqliteStore(path), openSqliteStore(path)];
});
