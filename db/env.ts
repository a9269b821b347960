import { z } from 'zod';

// The one place that reads process.env. Everything else imports `env`.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .optional()
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'DATABASE_URL must start with postgres:// or postgresql://',
    }),
  PGLITE_DIR: z.string().trim().min(1).default('.data/pglite'),
  REGION_CODE: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, 'REGION_CODE must be a Kemendagri kab/kota code such as 36.73')
    .default('36.73'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Signs session cookies. Unset: a random secret is created once beside the data folder. */
  BETTER_AUTH_SECRET: z.string().trim().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters').optional(),
  /** The public URL of the app (https://...), for cookies and the cross-site check. Unset: taken from each request. */
  BETTER_AUTH_URL: z.string().trim().url().optional(),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const blankToUndefined = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(process.env);
