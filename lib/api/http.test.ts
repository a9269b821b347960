import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError } from '@/db/queries/errors';
import { BadRequestError, errorResponse, flatten, parseQuery } from './http';

describe('parseQuery', () => {
  const schema = z.object({
    region: z.string().regex(/^\d{2}\.\d{2}$/, 'a code such as 36.73'),
    format: z.enum(['json', 'csv']).default('json'),
  });

  it('names the parameter, the value found and what is allowed', () => {
    expect(() => parseQuery(schema, new URLSearchParams('region=abc'))).toThrow(
      'Parameter "region" "abc" is not valid: expected a code such as 36.73',
    );
    expect(() => parseQuery(schema, new URLSearchParams(''))).toThrow('Parameter "region" is required');
    expect(() => parseQuery(schema, new URLSearchParams('region=36.73&format=xml'))).toThrow('one of json, csv');
  });

  it('returns typed values with defaults', () => {
    expect(parseQuery(schema, new URLSearchParams('region=36.73'))).toEqual({ region: '36.73', format: 'json' });
  });
});

describe('errorResponse', () => {
  it('maps errors to 400, 404, 503 with Retry-After, and 500', async () => {
    expect(errorResponse(new BadRequestError('bad', 'region')).status).toBe(400);
    expect(errorResponse(new NotFoundError('indicator', 'x', 'indicator')).status).toBe(404);
    const down = errorResponse(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('30');
    const wrapped = errorResponse(new Error('query failed', { cause: { code: '57P01' } }));
    expect(wrapped.status).toBe(503);
    const original = console.error;
    console.error = () => {};
    try {
      const internal = errorResponse(new Error('secret detail'));
      expect(internal.status).toBe(500);
      expect(JSON.stringify(await internal.json())).not.toContain('secret detail');
    } finally {
      console.error = original;
    }
  });
});

describe('flatten', () => {
  it('turns nested names into scalar CSV columns', () => {
    expect(flatten({ code: 'a', name: { id: 'Nama', en: 'Name' }, value: null })).toEqual({
      code: 'a',
      name_id: 'Nama',
      name_en: 'Name',
      value: null,
    });
  });
});
