'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { HydrationGate } from '@/components/ui/hydration-gate';
import type { Dictionary } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import styles from '../admin.module.css';
import { sendJson } from '../send-json';

export function EditionForm({ sources, labels: t }: { sources: string[]; labels: Dictionary['admin'] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <HydrationGate>
      <form
        className={styles.form}
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          const reply = await sendJson('/api/admin/editions', {
            source: data.get('source'),
            code: data.get('code'),
            name: data.get('name'),
            nameEn: data.get('nameEn'),
            releasedOn: data.get('releasedOn'),
            isOfficial: data.get('isOfficial') === 'on',
          });
          if (reply.ok) {
            setError(null);
            form.reset();
            router.refresh();
          } else setError(fill(t.error, { message: reply.errorMessage }));
        }}
      >
        <label>
          {t.colSource}
          <select name="source" required>
            {sources.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          {t.colCode}
          <input name="code" required pattern="[A-Za-z0-9_\-]{2,40}" />
        </label>
        <label>
          {t.colName}
          <input name="name" required minLength={2} />
        </label>
        <label>
          {t.colNameEn}
          <input name="nameEn" />
        </label>
        <label>
          {t.colReleased}
          <input name="releasedOn" type="date" required />
        </label>
        <label>
          <span>
            <input name="isOfficial" type="checkbox" /> {t.colOfficial}
          </span>
        </label>
        {error ? (
          <p role="alert" className={styles.error}>
            {error}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t.createEdition}
        </button>
      </form>
    </HydrationGate>
  );
}
