// npm run audit:deps - fails on high or critical advisories in production dependencies.
// When the advisory service cannot be reached (some registry mirrors and proxies refuse
// npm's POST endpoints, e.g. 405), it says so loudly and does not fail the build for that alone.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from '@/lib/security/audit';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', timeout: 120_000 });
const verdict = auditVerdict(run.stdout ?? '');

if (verdict.kind === 'unreachable') {
  console.warn(
    [
      '!! DEPENDENCY AUDIT NOT DONE: the npm advisory service could not be reached.',
      `!! ${verdict.reason}`,
      '!! This is not a pass. Run `npm run audit:deps` where registry.npmjs.org answers POST requests.',
    ].join('\n'),
  );
} else if (verdict.kind === 'vulnerable') {
  console.error(`High or critical advisories in production dependencies (${JSON.stringify(verdict.counts)}):`);
  for (const p of verdict.packages) console.error(`  ${p.severity}: ${p.name}`);
  console.error('Run `npm audit --omit=dev` for details and fixes.');
  process.exitCode = 1;
} else {
  console.log(`Dependency audit: no high or critical advisories in production dependencies (${JSON.stringify(verdict.counts)}).`);
}
