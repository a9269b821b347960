// npm run import -- FILE --source bkkbn_pk --edition PK24 [--template krs|long] [--period 2024] [--dry-run] [--as EMAIL]
//   [--map "File header=column_key,..."]  remembers which of the file's headers stands for a template column
// The same checks and writes as /admin/impor. Opens the database itself (PGlite only when
// no server holds the folder), or works against DATABASE_URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env } from '@/db/env';
import { saveImportMapping } from '@/db/queries/imports';
import { runImport } from '@/lib/import/run-import';
import { normalizeHeader, templateCodes, templates } from '@/lib/import/templates';
import { openCliDatabase, parseArgs } from './cli';

async function main() {
  const { positional, options } = parseArgs(process.argv.slice(2));
  const file = positional[0];
  const template = (typeof options.template === 'string' ? options.template : 'krs') as (typeof templateCodes)[number];
  const needsEdition = template !== 'activities';
  if (
    !file ||
    !templateCodes.includes(template) ||
    (needsEdition && (typeof options.source !== 'string' || typeof options.edition !== 'string'))
  ) {
    console.error(
      `Usage: npm run import -- FILE --source SOURCE --edition EDITION [--template ${templateCodes.join('|')}] [--period 2024] [--dry-run] [--as EMAIL]`,
    );
    process.exit(1);
  }
  const data = new Uint8Array(fs.readFileSync(file));
  const actor = typeof options.as === 'string' ? options.as : `cli:${os.userInfo().username}`;
  const mapping = typeof options.map === 'string' ? parseMapping(options.map, template) : {};
  const conn = await openCliDatabase();
  try {
    if (Object.keys(mapping).length > 0) await saveImportMapping(conn.db, template, mapping, actor);
    const outcome = await runImport(conn.db, {
      data,
      fileName: path.basename(file),
      template,
      source: typeof options.source === 'string' ? options.source : '',
      edition: typeof options.edition === 'string' ? options.edition : '',
      period: typeof options.period === 'string' ? options.period : undefined,
      regencyCode: env.REGION_CODE,
      actor,
      commit: !options['dry-run'],
    });
    switch (outcome.status) {
      case 'file_error':
        console.error(outcome.message.en);
        process.exitCode = 1;
        break;
      case 'invalid':
        console.error(`${outcome.issues.length} errors; nothing was written:`);
        for (const i of outcome.issues)
          console.error(`  row ${i.row}, column "${i.column}": found "${i.found}", expected ${i.expected.en}`);
        process.exitCode = 1;
        break;
      case 'preview': {
        const p = outcome.preview;
        console.log(`Dry run: ${p.adds.length} new, ${p.changes.length} changed, ${p.unchanged} unchanged`);
        for (const c of p.changes)
          console.log(`  ${c.indicatorCode} ${c.regionCode} ${c.periodStart}: ${c.old.value} -> ${c.new.value}`);
        break;
      }
      case 'committed': {
        const r = outcome.result;
        console.log(
          `Committed batch ${r.batchId}: ${r.added} new, ${r.changed} changed, ${r.unchanged} unchanged, ${r.derived} derived totals`,
        );
        break;
      }
    }
  } finally {
    await conn.close();
  }
}

function parseMapping(text: string, template: (typeof templateCodes)[number]): Record<string, string> {
  const keys = templates[template].columns.map((c) => c.key);
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [header, key] = pair.split('=').map((s) => s.trim());
    if (!header || !key || !keys.includes(key)) {
      console.error(`--map: "${pair}" is not "File header=column_key"; column keys: ${keys.join(', ')}`);
      process.exit(1);
    }
    mapping[normalizeHeader(header)] = key;
  }
  return mapping;
}

await main();
