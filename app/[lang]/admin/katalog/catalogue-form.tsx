'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { HydrationGate } from '@/components/ui/hydration-gate';
import { annotationFormSchema, editionUpdateSchema, programFormSchema, targetFormSchema } from '@/lib/api/admin-schemas';
import { fill } from '@/lib/i18n/fill';
import styles from '../admin.module.css';
import { FormOutcome } from '../form-outcome';
import { sendJson } from '../send-json';

// One form for the catalogue's rows (targets, annotations, programmes) and for correcting an
// edition: checked with the API's own zod schema before it is sent; the API checks again.

const kinds = {
  target: { schema: targetFormSchema, url: () => '/api/admin/targets', method: 'POST' },
  annotation: { schema: annotationFormSchema, url: () => '/api/admin/annotations', method: 'POST' },
  program: { schema: programFormSchema, url: () => '/api/admin/programs', method: 'POST' },
  edition: { schema: editionUpdateSchema, url: (key: string) => `/api/admin/editions/${key}`, method: 'PATCH' },
} as const;

export type FormField = {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number' | 'checkbox' | 'textarea';
  options?: { value: string; label: string }[];
  optional?: boolean;
  /** Read-only once an existing row is being corrected (a code that is a key). */
  key?: boolean;
};

type Values = Record<string, string | boolean>;

export function CatalogueForm({
  kind,
  fields,
  existing,
  labels,
}: {
  kind: keyof typeof kinds;
  fields: FormField[];
  /** Rows that can be chosen to correct them, by their key; without it the form only adds. */
  existing?: { key: string; label: string; values: Values }[];
  labels: { submit: string; error: string; saved: string; choose?: string; chooseNew?: string };
}) {
  const router = useRouter();
  const [current, setCurrent] = useState<string>(existing && !labels.chooseNew ? (existing[0]?.key ?? '') : '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const values = existing?.find((e) => e.key === current)?.values ?? {};
  const { schema, url, method } = kinds[kind];

  return (
    <HydrationGate>
      <div className={styles.stack}>
        {existing && labels.choose ? (
          <label className={styles.form}>
            {labels.choose}
            <select value={current} onChange={(e) => setCurrent(e.target.value)}>
              {labels.chooseNew ? <option value="">{labels.chooseNew}</option> : null}
              {existing.map((e) => (
                <option key={e.key} value={e.key}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <form
          key={current}
          className={styles.form}
          onSubmit={async (event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const data = new FormData(form);
            const raw: Record<string, unknown> = {};
            for (const f of fields) raw[f.name] = f.type === 'checkbox' ? data.get(f.name) === 'on' : (data.get(f.name) ?? '');
            const parsed = schema.safeParse(raw);
            if (!parsed.success) {
              const issue = parsed.error.issues[0];
              setMessage({
                ok: false,
                text: fill(labels.error, { message: `${String(issue?.path[0] ?? '')}: ${issue?.message}` }),
              });
              return;
            }
            const reply = await sendJson(url(current), parsed.data, method);
            if (reply.ok) {
              setMessage({ ok: true, text: labels.saved });
              if (!existing) form.reset();
              router.refresh();
            } else {
              setMessage({ ok: false, text: fill(labels.error, { message: reply.errorMessage }) });
            }
          }}
        >
          {fields.map((f) => {
            const value = values[f.name];
            if (f.type === 'checkbox')
              return (
                <label key={f.name}>
                  <span>
                    <input name={f.name} type="checkbox" defaultChecked={value === true} /> {f.label}
                  </span>
                </label>
              );
            const id = `${kind}-${f.name}`;
            const common = { id, name: f.name, defaultValue: typeof value === 'string' ? value : '', required: !f.optional };
            return (
              <label key={f.name} htmlFor={id}>
                {f.label}
                {f.options ? (
                  <select {...common}>
                    {f.optional ? <option value="">–</option> : null}
                    {f.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.type === 'textarea' ? (
                  <textarea {...common} rows={3} />
                ) : (
                  <input
                    {...common}
                    type={f.type ?? 'text'}
                    step={f.type === 'number' ? 'any' : undefined}
                    readOnly={f.key === true && current !== ''}
                  />
                )}
              </label>
            );
          })}
          <FormOutcome message={message} />
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </form>
      </div>
    </HydrationGate>
  );
}
