import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { DEMO_PORT, DEMO_URL, OTHER_REGION_PORT } from './e2e/urls';
import { E2E_USERS } from './e2e/users';

// e2e runs real Chromium against the built app (`npm run build` first), each server on a
// fresh PGlite folder of its own: the demo city, and a second kab/kota without data.

function chromiumPath(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && fs.existsSync(p));
  if (found) return found;
  // Fall back to Playwright's own browser if it was installed with `npx playwright install chromium`.
  return undefined;
}

const executablePath = chromiumPath();
if (!executablePath) {
  console.warn(
    'No system Chromium found (PLAYWRIGHT_CHROMIUM_PATH, /usr/bin/chromium). Install it with ' +
      '`apt-get install -y chromium`, or `npx playwright install chromium` where downloads are allowed.',
  );
}

// The demo server's accounts are made with the user:create command before `next start`, in
// the same shell, so only one process opens the PGlite folder at a time.
function createUsers(): string {
  return Object.entries(E2E_USERS)
    .map(
      ([role, u]) =>
        `printf '%s\\n' '${u.password}' | npm run -s user:create -- --email ${u.email} --role ${role} --password-stdin`,
    )
    .join(' && ');
}

function server(port: number, regionCode: string, options: { users?: boolean } = {}) {
  const dir = `.data/e2e-${port}`;
  const users = options.users ? `${createUsers()} && ` : '';
  return {
    // `npm start` with PORT and PGLITE_DIR, exactly as the README tells people to run it.
    command: `rm -rf ${dir} ${dir}.lock && ${users}npm start`,
    url: `http://localhost:${port}/api/health`,
    env: {
      PORT: String(port),
      PGLITE_DIR: dir,
      REGION_CODE: regionCode,
      DATABASE_URL: '',
      BETTER_AUTH_SECRET: 'e2e-only-secret-of-a-throw-away-database',
      BETTER_AUTH_URL: '',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // One retry in CI: a test that passes only on retry is reported as flaky in the log, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: DEMO_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [server(DEMO_PORT, '36.73', { users: true }), server(OTHER_REGION_PORT, '36.04')],
});
