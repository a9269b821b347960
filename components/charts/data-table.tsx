import type { ReactNode } from 'react';

export type Column = { key: string; label: string; numeric?: boolean };

/**
 * The figures behind a chart as a plain table, rendered on the server: readable by screen
 * readers, without JavaScript, and copyable. `collapsed` tucks it into a <details>.
 */
export function DataTable({
  caption,
  columns,
  rows,
  collapsed,
}: {
  caption: string;
  columns: Column[];
  rows: (Record<string, ReactNode> & { key: string })[];
  collapsed?: string;
}) {
  const table = (
    // A table wider than a phone scrolls inside its box, so the box takes keyboard focus too (WCAG 2.1.1).
    // It has no name of its own: the table inside is named by its caption.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                    {row[c.key]}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {row[c.key]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!collapsed) return table;
  return (
    <details className="table-details">
      <summary>{collapsed}</summary>
      {table}
    </details>
  );
}
