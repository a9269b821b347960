import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '@/db/queries/errors';
import { mapTimelineQuerySchema, tableQuerySchema } from './explore-schemas';
import { BadRequestError, errorResponse, parseQuery } from './http';
import { mapLevelProblem, mapQuerySchema } from './schemas';

const query = (s: string) => new URLSearchParams(s);

describe('map level parameter', () => {
  it('defaults to the children and accepts every kecamatan or kelurahan under a province', () => {
    expect(parseQuery(mapQuerySchema, query('indicator=krs_families&parent=36')).level).toBe('children');
    expect(parseQuery(mapQuerySchema, query('indicator=krs_families&parent=36&level=district')).level).toBe('district');
    expect(parseQuery(mapQuerySchema, query('indicator=krs_families&parent=36&level=village')).level).toBe('village');
    expect(parseQuery(mapQuerySchema, query('indicator=krs_families&parent=36.73.02&level=village')).level).toBe('village');
    expect(parseQuery(mapTimelineQuerySchema, query('indicator=krs_families&parent=36&level=district')).level).toBe('district');
  });

  it('is a 400 naming the parameter when the level is not below the parent', async () => {
    const ask = (s: string) => () => parseQuery(mapQuerySchema, query(s));
    expect(ask('indicator=krs_families&parent=36.73.02&level=district')).toThrow(
      'Parameter "level" "district" is not valid: expected a level below the parent: 36.73.02 is a kecamatan, and level=district draws kecamatan regions',
    );
    expect(ask('indicator=krs_families&parent=36.73.02.1001&level=village')).toThrow(/is a kelurahan\/desa/);
    expect(ask('indicator=krs_families&parent=36&level=province')).toThrow('one of children, district, village');
    expect(() => parseQuery(mapTimelineQuerySchema, query('indicator=krs_families&parent=36.73.02.1001&level=district'))).toThrow(
      BadRequestError,
    );
    // The table names its parent `region`.
    expect(() => parseQuery(tableQuerySchema, query('view=map&indicator=krs_families&region=36.73.02&level=district'))).toThrow(
      /Parameter "level"/,
    );
    const response = errorResponse(new InvalidParameterError('level too low', 'level'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'level too low', parameter: 'level' } });
  });

  it('knows which levels lie below which parents', () => {
    expect(mapLevelProblem('36', 'district')).toBeNull();
    expect(mapLevelProblem('36.73', 'district')).toBeNull();
    expect(mapLevelProblem('36.73.02', 'children')).toBeNull();
    expect(mapLevelProblem('36.73.02', 'village')).toBeNull();
    expect(mapLevelProblem('36.73.02', 'district')).toMatch(/kecamatan/);
  });
});
