// Opens, migrates and seeds the database once when the server starts, in the server's own
// process (PGlite allows one process per folder), so the first visitor does not wait.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getConnection } = await import('./db/runtime');
  await getConnection();
}
