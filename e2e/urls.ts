// The two servers started by playwright.config.ts. E2E_PORT_BASE moves both, so two
// checkouts can run their browser tests at the same time.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const DEMO_PORT = base;
export const OTHER_REGION_PORT = base + 1;
export const DEMO_URL = `http://localhost:${DEMO_PORT}`;
export const OTHER_REGION_URL = `http://localhost:${OTHER_REGION_PORT}`;
