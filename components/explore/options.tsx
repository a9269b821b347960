// <option> lists shared by the explore controls (server forms and client controls alike).

import type { Lang } from '@/lib/i18n';
import { editionLabel } from '@/lib/provenance';

export function IndicatorOptions({ indicators }: { indicators: { code: string; name: string }[] }) {
  return indicators.map((i) => (
    <option key={i.code} value={i.code}>
      {i.name}
    </option>
  ));
}

/** "2024-S1 (Verval KRS 2024)": the period and the edition it shows. */
export function PeriodOptions({
  periods,
  lang,
}: {
  periods: { period: string; editionName: string; editionNameEn: string | null }[];
  lang: Lang;
}) {
  return periods.map((p) => (
    <option key={p.period} value={p.period}>
      {p.period} ({editionLabel(p, lang)})
    </option>
  ));
}
