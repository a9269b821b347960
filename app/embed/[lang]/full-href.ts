/** The full page of an embed with the same view state: its query string minus the embed's own `theme`. */
export function embedFullHref(path: string, query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'theme' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
