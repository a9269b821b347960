// Decomposition of a change in a total between two editions into the contributions of
// its parts (the KRS fall by kecamatan), as the steps of a waterfall chart. Parts without
// a figure in either edition are left out and listed; whatever the parts do not explain
// (e.g. a total published separately) is one "unallocated" step, never hidden.

export type Part = { code: string; name: string; start: number | null; end: number | null };

export type WaterfallStep = {
  code: string;
  name: string;
  kind: 'start' | 'change' | 'unallocated' | 'end';
  /** where the bar starts and ends on the value axis */
  from: number;
  to: number;
  /** to - from for a change; the level itself for start and end */
  value: number;
};

export type Waterfall = { steps: WaterfallStep[]; missing: string[] };

export function waterfall(
  parts: readonly Part[],
  totals: { start: number; end: number },
  labels: { start: string; end: string; unallocated: string },
): Waterfall {
  const complete = parts.filter((p): p is Part & { start: number; end: number } => p.start !== null && p.end !== null);
  const missing = parts.filter((p) => p.start === null || p.end === null).map((p) => p.name);
  // Largest fall first, so the chart reads as "who contributed most".
  const changes = complete.map((p) => ({ ...p, delta: p.end - p.start })).sort((a, b) => a.delta - b.delta);
  const steps: WaterfallStep[] = [
    { code: 'start', name: labels.start, kind: 'start', from: 0, to: totals.start, value: totals.start },
  ];
  let level = totals.start;
  for (const c of changes) {
    steps.push({ code: c.code, name: c.name, kind: 'change', from: level, to: level + c.delta, value: c.delta });
    level += c.delta;
  }
  const rest = totals.end - level;
  if (Math.abs(rest) > 1e-9) {
    steps.push({ code: 'unallocated', name: labels.unallocated, kind: 'unallocated', from: level, to: totals.end, value: rest });
  }
  steps.push({ code: 'end', name: labels.end, kind: 'end', from: 0, to: totals.end, value: totals.end });
  return { steps, missing };
}
