// Accounts of the e2e demo server's throw-away database. playwright.config.ts creates them
// with `npm run user:create` (the same code path as for people) before the server starts,
// so the CLI and the server never hold the PGlite folder at the same time.
export const E2E_USERS = {
  admin: { email: 'admin@e2e.test', password: 'e2e-admin-password-not-secret' },
  editor: { email: 'editor@e2e.test', password: 'e2e-editor-password-not-secret' },
  viewer: { email: 'viewer@e2e.test', password: 'e2e-viewer-password-not-secret' },
} as const;

export type E2ERole = keyof typeof E2E_USERS;
