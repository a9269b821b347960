'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { HydrationGate } from '@/components/ui/hydration-gate';
import { type IndicatorForm as IndicatorValues, indicatorFormSchema } from '@/lib/api/admin-schemas';
import type { Dictionary } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import styles from '../admin.module.css';
import { FormOutcome } from '../form-outcome';
import { sendJson } from '../send-json';

// Checked with the same zod schema as the API before it is sent; the API checks again.
const { unit, polarity, domain, aggregation } = indicatorFormSchema.shape;
export function IndicatorForm({ indicators, labels: t }: { indicators: IndicatorValues[]; labels: Dictionary['admin'] }) {
  const router = useRouter();
  const [current, setCurrent] = useState<IndicatorValues | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const text = (name: keyof IndicatorValues, label: string) => (
    <label>
      {label}
      <input
        name={name}
        defaultValue={current ? String(current[name]) : ''}
        required
        readOnly={name === 'code' && current !== null}
      />
    </label>
  );
  const choice = (name: keyof IndicatorValues, label: string, values: readonly string[]) => (
    <label>
      {label}
      <select name={name} defaultValue={current ? String(current[name]) : values[0]}>
        {values.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
    </label>
  );

  return (
    <HydrationGate>
      <div className={styles.stack}>
        <label className={styles.form}>
          {t.catalogueEdit}
          <select
            value={current?.code ?? ''}
            onChange={(e) => setCurrent(indicators.find((i) => i.code === e.target.value) ?? null)}
          >
            <option value="">{t.catalogueNew}</option>
            {indicators.map((i) => (
              <option key={i.code}>{i.code}</option>
            ))}
          </select>
        </label>
        <form
          key={current?.code ?? 'new'}
          className={styles.form}
          onSubmit={async (event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const parsed = indicatorFormSchema.safeParse({
              ...Object.fromEntries(data),
              isPublic: data.get('isPublic') === 'on',
            });
            if (!parsed.success) {
              const issue = parsed.error.issues[0];
              setMessage({ ok: false, text: fill(t.error, { message: `${String(issue?.path[0] ?? '')}: ${issue?.message}` }) });
              return;
            }
            const reply = await sendJson<{ code?: string }>('/api/admin/indicators', parsed.data);
            setMessage(
              reply.ok
                ? { ok: true, text: fill(t.saved, { code: reply.body.code ?? '' }) }
                : { ok: false, text: fill(t.error, { message: reply.errorMessage }) },
            );
            if (reply.ok) router.refresh();
          }}
        >
          {text('code', t.colCode)}
          {text('nameId', t.nameId)}
          {text('nameEn', t.nameEn)}
          {text('descriptionId', t.descriptionId)}
          {text('descriptionEn', t.descriptionEn)}
          {choice('unit', t.unit, unit.options)}
          {choice('polarity', t.polarity, polarity.options)}
          {choice('domain', t.domain, domain.options)}
          {choice('aggregation', t.aggregation, aggregation.options)}
          <label>
            <span>
              <input name="isPublic" type="checkbox" defaultChecked={current?.isPublic ?? false} /> {t.isPublic}
            </span>
          </label>
          <FormOutcome message={message} />
          <button type="submit" className="button">
            {t.save}
          </button>
        </form>
      </div>
    </HydrationGate>
  );
}
