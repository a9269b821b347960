import { z } from 'zod';
import {
  activitiesQuerySchema,
  activitiesResponseSchema,
  coverageQuerySchema,
  coverageResponseSchema,
} from './activities-schemas';
import { mapStatusSchema, mapTimelineQuerySchema, mapTimelineSchema, tableQuerySchema, tableSchema } from './explore-schemas';
import {
  breakdownQuerySchema,
  breakdownResponseSchema,
  errorSchema,
  indicatorSchema,
  indicatorsQuerySchema,
  mapQuerySchema,
  mapResponseSchema,
  regionSchema,
  regionsQuerySchema,
  seriesQuerySchema,
  seriesResponseSchema,
} from './schemas';

// The OpenAPI description of /api/v1, generated from the same zod schemas the routes
// validate with, so the documentation cannot drift from what the server accepts.

export type Endpoint = {
  path: string;
  summary: { id: string; en: string };
  query: z.ZodObject;
  response: z.ZodType;
  example: string;
  /** Answers other than JSON/CSV (the ZIP) name their media type; the default is JSON with format=csv. */
  media?: 'application/zip';
};

export const endpoints: Endpoint[] = [
  {
    path: '/api/v1/indicators',
    summary: { id: 'Katalog indikator publik', en: 'The public indicator catalogue' },
    query: indicatorsQuerySchema,
    response: z.object({ data: z.array(indicatorSchema) }),
    example: '/api/v1/indicators?domain=risk_factor',
  },
  {
    path: '/api/v1/regions',
    summary: { id: 'Wilayah anak dari satu wilayah', en: 'The child regions of a region' },
    query: regionsQuerySchema,
    response: z.object({ data: z.array(regionSchema) }),
    example: '/api/v1/regions?parent=36.73',
  },
  {
    path: '/api/v1/series',
    summary: { id: 'Satu indikator dari waktu ke waktu untuk satu wilayah', en: 'One indicator over time for one region' },
    query: seriesQuerySchema,
    response: seriesResponseSchema,
    example: '/api/v1/series?indicator=krs_families&region=36.73',
  },
  {
    path: '/api/v1/map',
    summary: {
      id: 'GeoJSON wilayah anak (atau semua kecamatan / kelurahan di bawah satu wilayah) untuk satu periode',
      en: 'GeoJSON of the child regions (or every kecamatan / kelurahan under a region) for one period',
    },
    query: mapQuerySchema,
    response: mapResponseSchema,
    example: '/api/v1/map?indicator=krs_families&parent=36&level=district&period=latest',
  },
  {
    path: '/api/v1/breakdown',
    summary: { id: 'Indikator satu domain untuk satu wilayah', en: 'The indicators of one domain for one region' },
    query: breakdownQuerySchema,
    response: breakdownResponseSchema,
    example: '/api/v1/breakdown?region=36.73&domain=risk_factor',
  },
  {
    path: '/api/v1/map-timeline',
    summary: {
      id: 'Nilai wilayah anak untuk semua periode (penggeser waktu peta)',
      en: "Child regions' values for every period (the map's time slider)",
    },
    query: mapTimelineQuerySchema,
    response: mapTimelineSchema,
    example: '/api/v1/map-timeline?indicator=krs_families&parent=36.73',
  },
  {
    path: '/api/v1/map-status',
    summary: { id: 'Posisi wilayah anak terhadap target', en: "Child regions' standing against their targets" },
    query: mapQuerySchema,
    response: mapStatusSchema,
    example: '/api/v1/map-status?indicator=stunting_prevalence&parent=36',
  },
  {
    path: '/api/v1/table',
    summary: { id: 'Tabel di bawah grafik (JSON, CSV, XLSX)', en: 'The table under a chart (JSON, CSV, XLSX)' },
    query: tableQuerySchema,
    response: tableSchema,
    example: '/api/v1/table?view=map&indicator=krs_families&region=36.73',
  },
  {
    path: '/api/v1/activities',
    summary: { id: 'Intervensi dan bantuan yang disalurkan (agregat)', en: 'Interventions and aid delivered (aggregates)' },
    query: activitiesQuerySchema,
    response: activitiesResponseSchema,
    example: '/api/v1/activities?region=36.73&program=genting',
  },
  {
    path: '/api/v1/coverage',
    summary: {
      id: 'Cakupan keluarga berisiko yang dijangkau per kelurahan',
      en: 'Coverage of families at risk reached, per kelurahan',
    },
    query: coverageQuerySchema,
    response: coverageResponseSchema,
    example: '/api/v1/coverage?region=36.73.02',
  },
  {
    path: '/api/v1/download/all.zip',
    summary: {
      id: 'Semua data terbuka: CSV per indikator dan tingkat wilayah, metadata.json, README.txt',
      en: 'All open data: one CSV per indicator and region level, metadata.json, README.txt',
    },
    query: z.object({}),
    response: z.string(),
    example: '/api/v1/download/all.zip',
    media: 'application/zip',
  },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

export function openApiDocument(serverUrl = '/') {
  const paths: Record<string, unknown> = {};
  for (const endpoint of endpoints) {
    const parameters = Object.entries(endpoint.query.shape).map(([name, field]) => ({
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema: jsonSchema(field as z.ZodType, 'input'),
    }));
    const formats = (endpoint.query.shape.format as z.ZodType | undefined)?.safeParse('xlsx').success;
    const content = endpoint.media
      ? { [endpoint.media]: { schema: { type: 'string', contentMediaType: endpoint.media } } }
      : {
          'application/json': { schema: jsonSchema(endpoint.response, 'output') },
          'text/csv': { schema: { type: 'string' } },
          ...(formats ? { [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } } } : {}),
        };
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary.en,
        description: endpoint.summary.id,
        parameters,
        responses: {
          200: {
            description: endpoint.media
              ? 'OK'
              : formats
                ? 'OK (format=csv and format=xlsx answer the same rows)'
                : 'OK (format=csv answers text/csv with the same rows)',
            content,
          },
          400: {
            description: 'A parameter is malformed',
            content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
          },
          404: {
            description: 'Unknown indicator, region or source code',
            content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
          },
          503: { description: 'The database is not reachable; retry after the Retry-After seconds' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pantau Stunting public API',
      version: '1',
      description:
        'Read-only, aggregates only, no login, CORS open. Every figure carries its source and edition. ' +
        'Privacy: at kelurahan/desa level, counts of 1-4 (the value of count indicators, numerators, denominators) and ' +
        'figures computed from them are withheld, and so is the next-smallest kelurahan of the same kecamatan so that ' +
        'no hidden figure follows from the kecamatan total; zero is published. In JSON a withheld row has its figures ' +
        'null and `suppressed: true`; CSV and XLSX tables write "<5". Requests signed in to the coordination team see ' +
        'the real figures, answered with Cache-Control: private, no-store. Licence: CC BY 4.0.',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: serverUrl }],
    paths,
  };
}
