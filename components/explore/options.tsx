// <option> lists shared by the explore controls (server forms and client controls alike).

export function IndicatorOptions({ indicators }: { indicators: { code: string; name: string }[] }) {
  return indicators.map((i) => (
    <option key={i.code} value={i.code}>
      {i.name}
    </option>
  ));
}

/** "2024-S1 (Verval KRS 2024)": the period and the edition it shows. */
export function PeriodOptions({ periods }: { periods: { period: string; editionName: string }[] }) {
  return periods.map((p) => (
    <option key={p.period} value={p.period}>
      {p.period} ({p.editionName})
    </option>
  ));
}
