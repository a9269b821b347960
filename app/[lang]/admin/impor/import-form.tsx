'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { DataTable } from '@/components/charts/data-table';
import { HydrationGate } from '@/components/ui/hydration-gate';
import type { ImportOutcomeDto } from '@/lib/api/admin-schemas';
import type { Dictionary, Lang } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import styles from '../admin.module.css';
import { sendJson } from '../send-json';

// Upload -> check (all errors at once, or a preview) -> commit. The same file is sent again
// on commit and checked again on the server, so nothing unchecked is ever written.

type Labels = Dictionary['admin'];

const shown = (v: number | null) => (v === null ? '–' : String(v));

export function ImportForm({
  lang,
  labels: t,
  editions,
}: {
  lang: Lang;
  labels: Labels;
  editions: { value: string; label: string }[];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcomeDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(action: 'preview' | 'commit') {
    const form = formRef.current;
    if (!form?.reportValidity()) return;
    const data = new FormData(form);
    const [source, edition] = String(data.get('sourceEdition')).split('/');
    data.delete('sourceEdition');
    data.set('source', source ?? '');
    data.set('edition', edition ?? '');
    data.set('action', action);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/admin/import', { method: 'POST', body: data });
      const body = (await response.json()) as ImportOutcomeDto | { error: { message: string } };
      if ('error' in body) setError(fill(t.error, { message: body.error.message }));
      else {
        setOutcome(body);
        if (body.status === 'committed') router.refresh();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <HydrationGate>
      <div className={styles.stack}>
        <form
          ref={formRef}
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void send('preview');
          }}
          onChange={() => setOutcome(null)}
        >
          <label>
            {t.template}
            <select name="template" defaultValue="krs">
              <option value="krs">{t.templateKrs}</option>
              <option value="eppgbm">{t.templateEppgbm}</option>
              <option value="activities">{t.templateActivities}</option>
              <option value="long">{t.templateLong}</option>
            </select>
          </label>
          <label>
            {t.edition}
            <select name="sourceEdition" required>
              {editions.map((e) => (
                <option key={e.value} value={e.value}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.period}
            <input name="period" placeholder="2024, 2024-S1, 2024-06" />
          </label>
          <label>
            {t.file}
            <input
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
            />
          </label>
          <div className={styles.actions}>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t.working : t.check}
            </button>
            {outcome?.status === 'preview' ? (
              <button type="button" className="button" disabled={busy} onClick={() => void send('commit')}>
                {t.commit}
              </button>
            ) : null}
          </div>
        </form>
        {error ? (
          <p role="alert" className={styles.error}>
            {error}
          </p>
        ) : null}
        {outcome?.status === 'invalid' && outcome.missingColumns.length > 0 && outcome.unmatchedHeaders.length > 0 ? (
          <MappingForm
            missing={outcome.missingColumns}
            headers={outcome.unmatchedHeaders}
            t={t}
            onSave={async (mapping) => {
              const template = String(new FormData(formRef.current ?? undefined).get('template'));
              const reply = await sendJson('/api/admin/mappings', { template, mapping });
              if (reply.ok) await send('preview');
              else setError(fill(t.error, { message: reply.errorMessage }));
            }}
          />
        ) : null}
        <div aria-live="polite">{outcome ? <Outcome outcome={outcome} lang={lang} t={t} /> : null}</div>
      </div>
    </HydrationGate>
  );
}

/** For each required column the file lacks, which of the file's own headers stands for it. */
function MappingForm({
  missing,
  headers,
  t,
  onSave,
}: {
  missing: { key: string; label: string }[];
  headers: string[];
  t: Labels;
  onSave: (mapping: Record<string, string>) => Promise<void>;
}) {
  return (
    <HydrationGate>
      <form
        className={styles.form}
        aria-label={t.mappingTitle}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const mapping: Record<string, string> = {};
          for (const column of missing) {
            const header = String(data.get(column.key) ?? '');
            if (header) mapping[header] = column.key;
          }
          void onSave(mapping);
        }}
      >
        <p>{t.mappingTitle}</p>
        {missing.map((column) => (
          <label key={column.key}>
            {column.label}
            <select name={column.key} defaultValue="">
              <option value="">{t.mappingNone}</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="button">
          {t.mappingSave}
        </button>
      </form>
    </HydrationGate>
  );
}

function Outcome({ outcome, lang, t }: { outcome: ImportOutcomeDto; lang: Lang; t: Labels }) {
  if (outcome.status === 'file_error') {
    return (
      <p role="alert" className={styles.error}>
        {outcome.message[lang]}
      </p>
    );
  }
  if (outcome.status === 'committed') {
    const r = outcome.result;
    return (
      <p role="status" className={styles.ok}>
        {fill(t.committed, { batch: r.batchId, added: r.added, changed: r.changed, derived: r.derived })}
      </p>
    );
  }
  if (outcome.status === 'invalid') {
    return (
      <DataTable
        caption={fill(t.issuesTitle, { count: outcome.issues.length })}
        columns={[
          { key: 'row', label: t.colRow },
          { key: 'column', label: t.colColumn },
          { key: 'found', label: t.colFound },
          { key: 'expected', label: t.colExpected },
        ]}
        rows={outcome.issues.slice(0, 500).map((issue, i) => ({ ...issue, key: String(i), expected: issue.expected[lang] }))}
      />
    );
  }
  const p = outcome.preview;
  return (
    <DataTable
      caption={fill(t.previewTitle, {
        adds: p.adds.length + (p.activities ?? 0),
        changes: p.changes.length,
        unchanged: p.unchanged,
      })}
      columns={[
        { key: 'row', label: t.colRow },
        { key: 'indicatorCode', label: t.colIndicator },
        { key: 'regionCode', label: t.colRegion },
        { key: 'periodStart', label: t.colPeriod },
        { key: 'old', label: t.colOld, numeric: true },
        { key: 'new', label: t.colNew, numeric: true },
      ]}
      rows={[...p.changes, ...p.adds].slice(0, 500).map((c) => ({
        ...c,
        key: `${c.indicatorCode}|${c.regionCode}|${c.periodStart}`,
        old: shown(c.old.value),
        new: shown(c.new.value),
      }))}
    />
  );
}
