// POST /api/admin/boundaries - read a GeoJSON/TopoJSON boundary file, match its features to regions, save them
import { listRegionsOfLevel, saveImportedBoundaries } from '@/db/queries/boundaries';
import { configuredRegionCode, getDb } from '@/db/server';
import { boundaryFormSchema } from '@/lib/api/admin-schemas';
import { authorize, deny } from '@/lib/auth/guard';
import { BoundaryFileError, matchBoundaries, parseBoundaryFile, propertyNames } from '@/lib/geo/boundary-file';

const MAX_BYTES = 100 * 1024 * 1024;

export async function POST(request: Request) {
  const guard = await authorize(request, 'boundaries:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  const fields = boundaryFormSchema.safeParse(Object.fromEntries([...(form?.entries() ?? [])].filter(([k]) => k !== 'file')));
  if (!(file instanceof File) || !fields.success)
    return deny(400, 'bad_request', 'Expected a multipart form with file, level and action');
  if (file.size > MAX_BYTES) return deny(413, 'too_large', 'The file is larger than 100 MB');
  let features: ReturnType<typeof parseBoundaryFile>;
  try {
    features = parseBoundaryFile(await file.text());
  } catch (error) {
    if (error instanceof BoundaryFileError) return Response.json({ status: 'file_error', message: error.text }, { status: 422 });
    throw error;
  }
  const properties = propertyNames(features);
  const property = fields.data.property;
  if (!property || !properties.includes(property)) {
    return Response.json({ status: 'properties', properties, features: features.length });
  }
  const db = await getDb();
  const match = matchBoundaries(features, property, await listRegionsOfLevel(db, configuredRegionCode, fields.data.level));
  const summary = {
    properties,
    matched: match.matched.map(({ code, name, value }) => ({ code, name, value })),
    unmatched: match.unmatched,
    missing: match.missing,
  };
  if (fields.data.action === 'preview' || match.matched.length === 0) return Response.json({ status: 'preview', ...summary });
  const saved = await saveImportedBoundaries(db, {
    rows: match.matched.map(({ code, geometry }) => ({ code, geometry })),
    source: file.name,
    property,
    actor: guard.user.email,
  });
  return Response.json({ status: 'committed', saved, ...summary });
}
