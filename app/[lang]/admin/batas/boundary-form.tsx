'use client';

import { useRef, useState } from 'react';
import { HydrationGate } from '@/components/ui/hydration-gate';
import type { BoundaryOutcomeDto } from '@/lib/api/admin-schemas';
import type { Dictionary, Lang } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import styles from '../admin.module.css';

// Upload -> choose the property -> see matched and unmatched regions -> save.
export function BoundaryForm({ lang, labels: t }: { lang: Lang; labels: Dictionary['admin'] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<BoundaryOutcomeDto | null>(null);
  const [properties, setProperties] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function send(action: 'preview' | 'commit') {
    const form = formRef.current;
    if (!form?.reportValidity()) return;
    const data = new FormData(form);
    data.set('action', action);
    const response = await fetch('/api/admin/boundaries', { method: 'POST', body: data });
    const body = (await response.json()) as BoundaryOutcomeDto | { error: { message: string } };
    if ('error' in body) {
      setError(fill(t.error, { message: body.error.message }));
      return;
    }
    setError(null);
    setOutcome(body);
    if ('properties' in body) setProperties(body.properties);
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
        >
          <label>
            {t.file}
            <input
              name="file"
              type="file"
              accept=".json,.geojson,.topojson,application/json"
              required
              onChange={() => setProperties([])}
            />
          </label>
          <label>
            {t.level}
            <select name="level" defaultValue="district">
              <option value="district">{t.levelDistrict}</option>
              <option value="village">{t.levelVillage}</option>
            </select>
          </label>
          {properties.length > 0 ? (
            <label>
              {t.property}
              <select name="property">
                {properties.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
          ) : null}
          <div className={styles.actions}>
            <button type="submit" className="button">
              {t.check}
            </button>
            {outcome?.status === 'preview' && outcome.matched.length > 0 ? (
              <button type="button" className="button" onClick={() => void send('commit')}>
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
        <div aria-live="polite">
          {outcome?.status === 'file_error' ? <p className={styles.error}>{outcome.message[lang]}</p> : null}
          {outcome?.status === 'preview' || outcome?.status === 'committed' ? (
            <>
              {outcome.status === 'committed' ? (
                <p className={styles.ok}>{fill(t.boundariesSaved, { count: outcome.saved })}</p>
              ) : null}
              <p>{fill(t.boundariesMatched, { count: outcome.matched.length })}</p>
              {outcome.unmatched.length > 0 ? <p>{fill(t.boundariesUnmatched, { list: outcome.unmatched.join(', ') })}</p> : null}
              {outcome.missing.length > 0 ? (
                <p>{fill(t.boundariesMissing, { list: outcome.missing.map((m) => `${m.name} (${m.code})`).join(', ') })}</p>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </HydrationGate>
  );
}
