import type { z } from 'zod';
import type { Db } from '@/db/client';
import { getDb } from '@/db/server';
import { csv, errorResponse, flatten, json, parseQuery } from '@/lib/api/http';
import { publicCache } from '@/lib/cache/public';

type Result = { body: unknown; rows: Record<string, unknown>[]; filename: string };

/**
 * A public, read-only API route: validate the query string, run one DAL function, answer
 * JSON or (format=csv) the same rows as CSV. Errors become 400/404 with a readable message.
 */
export function apiRoute<S extends z.ZodType<{ format?: 'json' | 'csv' }>>(
  schema: S,
  run: (db: Db, query: z.infer<S>) => Promise<Result>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const query = parseQuery(schema, new URL(request.url).searchParams);
      // The API never answers from a saved copy: with the database down it says 503 and when to retry.
      await publicCache().ensureReachable();
      const result = await run(await getDb(), query);
      return query.format === 'csv'
        ? csv(
            result.rows.map((r) => flatten(r)),
            result.filename,
          )
        : json(result.body);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
