// The admin forms' one way to call an admin route: JSON in, JSON out, and the server's
// error message (or the status code when there is none) ready to show.

export type JsonReply<T> = { ok: boolean; body: T; errorMessage: string };

export async function sendJson<T extends object = Record<string, never>>(
  url: string,
  payload: unknown,
  method = 'POST',
): Promise<JsonReply<T>> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
  return { ok: response.ok, body, errorMessage: body.error?.message ?? String(response.status) };
}
