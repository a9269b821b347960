import crypto from 'node:crypto';
import type { Db } from '@/db/client';
import {
  commitActivities,
  commitImport,
  findEdition,
  getImportMapping,
  loadImportCatalogue,
  type PhaseTimer,
  previewImport,
} from '@/db/queries/imports';
import { InvalidPeriodError, parsePeriod } from '@/lib/period';
import { FileError, readTable, type Text2 } from './read-table';
import type { TemplateCode } from './templates';
import { type ImportIssue, validateTable } from './validate';

// One path for the web form and `npm run import`: read, validate everything, then preview
// or commit. Nothing is written unless the file has no problem at all.

export type ImportRequest = {
  data: Uint8Array;
  fileName: string;
  template: TemplateCode;
  source: string;
  edition: string;
  period?: string;
  regencyCode: string;
  actor: string;
  commit: boolean;
  /** Seconds per phase (read, validate, then the commit's own), for the benchmark. */
  onPhase?: PhaseTimer;
};

export type ImportOutcome =
  | { status: 'file_error'; message: Text2 }
  | {
      status: 'invalid';
      issues: ImportIssue[];
      dataRows: number;
      columns: Record<string, string>;
      missingColumns: { key: string; label: string }[];
      unmatchedHeaders: string[];
    }
  | { status: 'preview'; preview: Awaited<ReturnType<typeof previewImport>>; dataRows: number; columns: Record<string, string> }
  | { status: 'committed'; result: Awaited<ReturnType<typeof commitImport>>; dataRows: number };

export async function runImport(db: Db, request: ImportRequest): Promise<ImportOutcome> {
  // Activities belong to no edition; every other template writes into one.
  const edition = request.template === 'activities' ? null : await findEdition(db, request.source, request.edition);
  if (!edition && request.template !== 'activities') {
    return {
      status: 'file_error',
      message: {
        id: `Edisi ${request.edition} dari sumber ${request.source} tidak ada; buat edisinya dahulu.`,
        en: `There is no edition ${request.edition} of the source ${request.source}; create it first.`,
      },
    };
  }
  let period: ReturnType<typeof parsePeriod> | undefined;
  if (request.period) {
    try {
      period = parsePeriod(request.period);
    } catch (error) {
      if (!(error instanceof InvalidPeriodError)) throw error;
      return {
        status: 'file_error',
        message: { id: `Periode "${request.period}" tidak dikenali (contoh: 2024, 2024-S1, 2024-06).`, en: error.message },
      };
    }
  }
  let since = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    request.onPhase?.(phase, (now - since) / 1000);
    since = now;
  };
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(request.data, request.fileName);
  } catch (error) {
    if (error instanceof FileError) return { status: 'file_error', message: error.text };
    throw error;
  }
  lap('read');
  const [catalogue, mapping] = await Promise.all([
    loadImportCatalogue(db, request.regencyCode),
    getImportMapping(db, request.template),
  ]);
  const validation = validateTable(table, request.template, { regencyCode: request.regencyCode, ...catalogue, period, mapping });
  lap('validate');
  const base = { dataRows: validation.dataRows, columns: validation.columns };
  if (validation.issues.length > 0) {
    const { missingColumns, unmatchedHeaders } = validation;
    return { status: 'invalid', issues: validation.issues, missingColumns, unmatchedHeaders, ...base };
  }
  const fileHash = crypto.createHash('sha256').update(request.data).digest('hex');
  if (!edition) {
    if (!request.commit)
      return {
        status: 'preview',
        preview: { adds: [], changes: [], unchanged: 0, activities: validation.activities.length },
        ...base,
      };
    const result = await commitActivities(db, {
      rows: validation.activities,
      fileName: request.fileName,
      fileHash,
      actor: request.actor,
    });
    return { status: 'committed', result, dataRows: validation.dataRows };
  }
  if (!request.commit) return { status: 'preview', preview: await previewImport(db, edition.id, validation.cells), ...base };
  const result = await commitImport(db, {
    editionId: edition.id,
    cells: validation.cells,
    fileName: request.fileName,
    fileHash,
    template: request.template,
    actor: request.actor,
    onPhase: request.onPhase,
  });
  return { status: 'committed', result, dataRows: validation.dataRows };
}
