/**
 * The ranking explorer's view (sort, filters, compared devices) and its URL form, kept
 * apart from the component so that the rules a shared link depends on are unit-tested.
 */

export interface ExplorerItem {
  id: string;
  rank: number;
  rating: number;
  price: number;
  /** Grams; null for monitors, whose weight we do not rank on. */
  weight: number | null;
}

export const sorts = ['rank', 'rating', 'price', 'weight'] as const;
export type Sort = (typeof sorts)[number];

export interface View {
  sort: Sort;
  maxPrice: number | null;
  maxWeight: number | null;
  compare: string[];
}

export const defaultView: View = { sort: 'rank', maxPrice: null, maxWeight: null, compare: [] };
export const maxCompared = 4;

/** The view as URL parameters, so a reader can share exactly what they see; the default view is no query. */
export function toQuery(view: View): string {
  const p = new URLSearchParams();
  if (view.sort !== 'rank') p.set('sort', view.sort);
  if (view.maxPrice !== null) p.set('maxPrice', String(view.maxPrice));
  if (view.maxWeight !== null) p.set('maxWeight', String(view.maxWeight));
  if (view.compare.length > 0) p.set('compare', view.compare.join(','));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Reads a view from a query string; anything unknown or malformed is ignored, never trusted. */
export function fromQuery(search: string, ids: ReadonlySet<string>): View {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  const num = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : null);
  const compare = [...new Set((p.get('compare') ?? '').split(','))].filter((id) => ids.has(id)).slice(0, maxCompared);
  return {
    sort: (sorts as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'rank',
    maxPrice: num(p.get('maxPrice')),
    maxWeight: num(p.get('maxWeight')),
    compare,
  };
}

const sorters: Record<Sort, (a: ExplorerItem, b: ExplorerItem) => number> = {
  rank: (a, b) => a.rank - b.rank,
  rating: (a, b) => b.rating - a.rating || a.rank - b.rank,
  price: (a, b) => a.price - b.price || a.rank - b.rank,
  weight: (a, b) => (a.weight ?? Infinity) - (b.weight ?? Infinity) || a.rank - b.rank,
};

/** The items the view shows, in its order. */
export function visible<T extends ExplorerItem>(items: readonly T[], view: View): T[] {
  return items
    .filter((i) => view.maxPrice === null || i.price <= view.maxPrice)
    .filter((i) => view.maxWeight === null || (i.weight !== null && i.weight <= view.maxWeight))
    .sort(sorters[view.sort]);
}

/** Adds a device to the comparison, or takes it out; a fifth is refused. */
export function toggleCompared(view: View, id: string): View {
  if (view.compare.includes(id)) return { ...view, compare: view.compare.filter((x) => x !== id) };
  return view.compare.length < maxCompared ? { ...view, compare: [...view.compare, id] } : view;
}
