// GET /api/v1/openapi.json - the API description, generated from the validating zod schemas
import { openApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { 'access-control-allow-origin': '*' } });
}
