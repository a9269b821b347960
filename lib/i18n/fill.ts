// Its own module so client components can fill templates without importing the dictionaries.

/** fill('Data per {date}', { date: '31 Januari 2025' }) -> 'Data per 31 Januari 2025'; unknown keys stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
