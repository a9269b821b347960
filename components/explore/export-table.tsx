import { DataTable } from '@/components/charts/data-table';
import type { ExportTable } from '@/lib/api/explore-schemas';
import { apiUrl } from '@/lib/explore/query-keys';
import { formatNumber } from '@/lib/format';
import { getDictionary, type Lang } from '@/lib/i18n';
import styles from './explore.module.css';

/**
 * An explore table on screen, with CSV and XLSX (optionally JSON) links that fetch the same table (same
 * state, same columns) from /api/v1/table. Numbers are formatted for the language here only.
 */
export function ExportTableView({
  lang,
  table,
  caption,
  download,
  rowKey,
  extra,
  json,
}: {
  lang: Lang;
  table: ExportTable;
  caption: string;
  /** the /api/v1/table parameters of this view state */
  download: Record<string, string | null | undefined>;
  rowKey: (row: ExportTable['rows'][number], index: number) => string;
  /** extra content for the first cell of a row (drill-down buttons) */
  extra?: (row: ExportTable['rows'][number]) => React.ReactNode;
  /** a JSON link beside CSV and XLSX, with its label (the open-data page offers all three) */
  json?: string;
}) {
  const t = getDictionary(lang).explore;
  const cell = (value: string | number | null, numeric: boolean) =>
    value === null ? '–' : numeric && typeof value === 'number' ? formatNumber(value, lang, { min: 0, max: 2 }) : String(value);
  return (
    <div className={styles.tableBlock}>
      <p className={styles.downloads}>
        <a className="button" href={apiUrl('/api/v1/table', { ...download, lang, format: 'csv' })} download>
          {t.downloadCsv}
        </a>
        <a className="button" href={apiUrl('/api/v1/table', { ...download, lang, format: 'xlsx' })} download>
          {t.downloadXlsx}
        </a>
        {json ? (
          <a className="button" href={apiUrl('/api/v1/table', { ...download, format: 'json' })}>
            {json}
          </a>
        ) : null}
      </p>
      <DataTable
        caption={caption}
        columns={table.columns}
        rows={table.rows.map((row, i) => ({
          key: rowKey(row, i),
          ...Object.fromEntries(
            table.columns.map((c, ci) => [
              c.key,
              ci === 0 && extra ? (
                <>
                  {cell(row[c.key] ?? null, c.numeric)} {extra(row)}
                </>
              ) : (
                cell(row[c.key] ?? null, c.numeric)
              ),
            ]),
          ),
        }))}
      />
    </div>
  );
}
