import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit';

const report = (vulnerabilities: Record<string, { severity: string }>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } },
  });

describe('dependency audit verdict', () => {
  it('fails on high and critical advisories, naming the packages', () => {
    const verdict = auditVerdict(report({ a: { severity: 'moderate' }, b: { severity: 'high' }, c: { severity: 'critical' } }));
    expect(verdict).toMatchObject({
      kind: 'vulnerable',
      packages: [
        { name: 'b', severity: 'high' },
        { name: 'c', severity: 'critical' },
      ],
    });
  });

  it('passes with only low or moderate advisories', () => {
    expect(auditVerdict(report({ a: { severity: 'moderate' }, b: { severity: 'low' } })).kind).toBe('clean');
    expect(auditVerdict(report({})).kind).toBe('clean');
  });

  it('reports an advisory service that refused or could not be reached, not a pass', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toEqual({
      kind: 'unreachable',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND' } })).kind).toBe(
      'unreachable',
    );
    expect(auditVerdict('').kind).toBe('unreachable');
  });
});
