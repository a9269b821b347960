import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

describe('openApiDocument', () => {
  const doc = openApiDocument() as {
    paths: Record<string, { get: { parameters: { name: string; required: boolean; schema: Record<string, unknown> }[] } }>;
  };

  it('documents every public route with the parameters its zod schema accepts', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/api/v1/indicators',
      '/api/v1/regions',
      '/api/v1/series',
      '/api/v1/map',
      '/api/v1/breakdown',
      '/api/v1/map-timeline',
      '/api/v1/map-status',
      '/api/v1/table',
      '/api/v1/activities',
      '/api/v1/coverage',
    ]);
    const series = doc.paths['/api/v1/series']?.get.parameters ?? [];
    expect(series.map((p) => [p.name, p.required])).toEqual([
      ['indicator', true],
      ['region', true],
      ['source', false],
      ['from', false],
      ['to', false],
      ['format', false],
    ]);
    const domain = doc.paths['/api/v1/breakdown']?.get.parameters.find((p) => p.name === 'domain');
    expect(domain?.schema.enum).toContain('risk_factor');
    const region = series.find((p) => p.name === 'region');
    expect(region?.schema.pattern).toBeTruthy();
  });
});
