// The two servers started by playwright.config.ts.
export const DEMO_URL = 'http://localhost:3100';
export const OTHER_REGION_URL = 'http://localhost:3101';
