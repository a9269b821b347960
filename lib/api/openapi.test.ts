import fs from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

type Doc = {
  paths: Record<string, { get: { parameters: { name: string; required: boolean; schema: Record<string, unknown> }[] } }>;
};

/** Every route handler under app/api/v1, as its URL path: what is on disk must be documented. */
function routesOnDisk(dir = path.resolve(import.meta.dirname, '../../app/api/v1'), prefix = '/api/v1'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const sub = path.join(dir, entry.name);
    const here = fs.existsSync(path.join(sub, 'route.ts')) ? [`${prefix}/${entry.name}`] : [];
    return [...here, ...routesOnDisk(sub, `${prefix}/${entry.name}`)];
  });
}

describe('openApiDocument', () => {
  const doc = openApiDocument() as unknown as Doc;

  it('is a valid OpenAPI 3 document', async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(openApiDocument()) as never)).resolves.toBeTruthy();
  });

  it('documents every public route on disk, and nothing that is not there', () => {
    // The description itself is the one route it does not describe.
    const onDisk = routesOnDisk().filter((p) => p !== '/api/v1/openapi.json');
    expect(onDisk.length).toBeGreaterThan(5);
    expect(Object.keys(doc.paths).sort()).toEqual(onDisk.sort());
  });

  it('lists the parameters each zod schema accepts', () => {
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

  it('documents the map level, default children, on every map route', () => {
    for (const route of ['/api/v1/map', '/api/v1/map-timeline', '/api/v1/map-status', '/api/v1/table']) {
      const level = doc.paths[route]?.get.parameters.find((p) => p.name === 'level');
      expect(level, route).toMatchObject({
        required: false,
        schema: { enum: ['children', 'district', 'village'], default: 'children' },
      });
      expect(String(level?.schema.description)).toMatch(/every kecamatan under parent/);
    }
  });

  it('says how withheld figures look', () => {
    const text = JSON.stringify(openApiDocument());
    expect(['suppressed', '<5', 'private, no-store'].filter((word) => !text.includes(word))).toEqual([]);
  });
});
