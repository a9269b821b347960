// npm run db:restore -- FILE: restore a backup from `npm run db:backup` into an empty database
// (a new PGLITE_DIR folder, or an empty PostgreSQL database in DATABASE_URL). All or nothing.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { BackupError, restoreBackup } from '../db/backup';
import { databaseLabel, withDatabase } from './cli';

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error(`Usage: npm run db:restore -- FILE  (${file ? `${file} does not exist` : 'no file given'})`);
  process.exit(2);
}

await withDatabase(
  async ({ db }) => {
    const input = fs.createReadStream(file);
    const counts = await restoreBackup(db, file.endsWith('.gz') ? input.pipe(createGunzip()) : input);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Restored ${total} rows from ${file} into ${databaseLabel}`);
  },
  [BackupError],
);
