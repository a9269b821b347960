import Papa from 'papaparse';
import type { z } from 'zod';
import { InvalidParameterError, NotFoundError } from '@/db/queries/errors';
import { InvalidPeriodError } from '@/lib/period';

// Turning query strings into typed parameters and results or errors into HTTP responses,
// the same way for every public API route.

export class BadRequestError extends Error {
  constructor(
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** Validates a query string; the first problem becomes a 400 naming the parameter and what is allowed. */
export function parseQuery<S extends z.ZodType>(schema: S, searchParams: URLSearchParams): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of searchParams) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = issue ? String(issue.path[0] ?? '') : '';
  const found = raw[parameter];
  const what = found === undefined ? 'is required' : `"${found}" is not valid`;
  throw new BadRequestError(`Parameter "${parameter}" ${what}: expected ${describeIssue(issue)}`, parameter);
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'a valid value';
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type') return `a value (${issue.expected})`;
  return issue.message;
}

const cors = { 'access-control-allow-origin': '*' };

export function errorResponse(error: unknown): Response {
  if (error instanceof BadRequestError) {
    return json({ error: { code: 'bad_request', message: error.message, parameter: error.parameter } }, 400);
  }
  if (error instanceof InvalidParameterError) {
    return json({ error: { code: 'bad_request', message: error.message, parameter: error.parameter } }, 400);
  }
  if (error instanceof InvalidPeriodError) {
    return json({ error: { code: 'bad_request', message: error.message, parameter: 'period' } }, 400);
  }
  if (error instanceof NotFoundError) {
    return json({ error: { code: 'not_found', message: error.message, parameter: error.parameter } }, 404);
  }
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: { code: 'unavailable', message: 'The database is not reachable right now; try again shortly.' } },
      { status: 503, headers: { ...cors, 'retry-after': '30', 'cache-control': 'no-store' } },
    );
  }
  console.error(error);
  return json({ error: { code: 'internal', message: 'Internal error; the problem has been logged.' } }, 500);
}

// Connection-level failures (server down, restarting, unreachable): the client should retry.
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  }
  return false;
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, {
    status,
    headers: { ...cors, 'cache-control': status === 200 ? 'public, max-age=60, stale-while-revalidate=600' : 'no-store' },
  });
}

/** CSV with a header row; the same rows and columns as the JSON's list. */
export function csv(rows: Record<string, unknown>[], filename: string): Response {
  return new Response(csvText(rows), {
    headers: {
      ...cors,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `inline; filename="${filename}.csv"`,
      'cache-control': 'public, max-age=60, stale-while-revalidate=600',
    },
  });
}

/** CSV text with a BOM (so Excel reads UTF-8) and CRLF line ends, as every download writes it. */
export function csvText(rows: Record<string, unknown>[]): string {
  return `\uFEFF${Papa.unparse(rows.length ? rows : [{}], { newline: '\r\n' })}\r\n`;
}

/** Flattens nested objects ({ name: { id, en } } -> name_id, name_en) so CSV columns stay scalar. */
export function flatten(row: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = prefix ? `${prefix}_${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      Object.assign(out, flatten(value as Record<string, unknown>, column));
    else out[column] = value;
  }
  return out;
}
