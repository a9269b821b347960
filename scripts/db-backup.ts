// npm run db:backup -- [--out FILE]: write the whole database as a portable, gzipped NDJSON
// backup. Opens the database itself, so stop a server that holds the same PGlite folder first.
import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { writeBackup } from '../db/backup';
import { databaseLabel, withDatabase } from './cli';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? `pantau-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.ndjson.gz`;

await withDatabase(async ({ db }) => {
  const stream = new PassThrough();
  const done = pipeline(stream, createGzip(), fs.createWriteStream(out));
  const counts = await writeBackup(db, stream);
  stream.end();
  await done;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const perTable = Object.entries(counts).map(([t, n]) => `${t} ${n}`);
  console.log(`Backup of ${databaseLabel} written to ${out}: ${total} rows (${perTable.join(', ')})`);
});
