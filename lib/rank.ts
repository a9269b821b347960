// Ranking for tables: highest first (or lowest), missing values always last, ties by name.

export function rankBy<T>(
  items: readonly T[],
  value: (item: T) => number | null,
  options: { order?: 'desc' | 'asc'; name?: (item: T) => string } = {},
): T[] {
  const sign = options.order === 'asc' ? 1 : -1;
  const name = options.name ?? (() => '');
  return [...items].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return name(a).localeCompare(name(b));
    if (va === null) return 1;
    if (vb === null) return -1;
    return va === vb ? name(a).localeCompare(name(b)) : sign * (va - vb);
  });
}
