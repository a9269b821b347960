import { defineConfig } from 'drizzle-kit';

// Used only to generate migrations (`npm run db:generate -- --name what_changed`).
// They are applied at start-up and in tests by the runtime migrator (db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
