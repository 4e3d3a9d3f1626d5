/** Listings show about twenty stories a page. */
export const pageSize = 20;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Reads a page number from a URL segment. Only canonical numbers count: `2` is page 2;
 * `02`, `1` (page 1 lives at the listing's own URL), `-1`, `2.0` and anything past the last
 * page are not pages.
 */
export function parsePage(raw: string, total: number): number | undefined {
  if (!/^[1-9]\d*$/.test(raw)) return undefined;
  const page = Number(raw);
  return page >= 2 && page <= pageCount(total) ? page : undefined;
}

export function pageSlice<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
