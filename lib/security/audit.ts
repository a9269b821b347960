// Reading the JSON of `npm audit --json`: high or critical advisories fail the build; an
// advisory service that cannot be reached is reported as such, never as a pass or a failure.

export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number>; packages: { name: string; severity: string }[] }
  | { kind: 'unreachable'; reason: string };

const failing = new Set(['high', 'critical']);

type AuditJson = {
  vulnerabilities?: Record<string, { severity?: string }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string };
};

export function auditVerdict(stdout: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unreachable', reason: `npm audit printed no JSON report: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts || !report.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? report.error?.code ?? 'no report in the answer';
    return { kind: 'unreachable', reason };
  }
  const packages = Object.entries(report.vulnerabilities)
    .filter(([, v]) => failing.has(v.severity ?? ''))
    .map(([name, v]) => ({ name, severity: v.severity as string }));
  return packages.length ? { kind: 'vulnerable', counts, packages } : { kind: 'clean', counts };
}
