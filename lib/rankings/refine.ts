import { weightedRating } from '@/lib/content/catalogue';
import type { Methodology, Ranking, RankingEntry } from '@/lib/content/model';
import { panels, type Panel } from '@/lib/content/schemas';
import { pointsPer100Euros, weightOf } from './device-facts';

/**
 * A reader's view of a ranking: an order, deal-breaker filters and their own weights for
 * the criteria. It lives in the query string of the ranking's "refine" address, written
 * by a plain GET form, so it works without JavaScript and a shared link shows the same
 * list. Everything is parsed defensively: what is unknown or malformed is ignored.
 */

export const sorts = ['rank', 'rating', 'price', 'value', 'weight'] as const;
export type Sort = (typeof sorts)[number];

export const filterNames = ['maxPrice', 'maxWeight', 'minRam', 'minBattery', 'minRefresh', 'panel'] as const;
export type FilterName = (typeof filterNames)[number];

export interface RefineView {
  sort: Sort;
  maxPrice?: number;
  /** Grams. */
  maxWeight?: number;
  /** GB. */
  minRam?: number;
  /** Hours, as measured in our battery test. */
  minBattery?: number;
  /** Hz. */
  minRefresh?: number;
  panel?: Panel;
  /** Criterion id → the reader's weight (0–10); absent means the published weights. */
  weights?: Record<string, number>;
}

export const defaultView: RefineView = { sort: 'rank' };

/** The filters that make sense for a form factor, in the order the form shows them. */
export function filtersFor(kind: Ranking['kind']): FilterName[] {
  switch (kind) {
    case 'laptop':
      return ['maxPrice', 'maxWeight', 'minRam', 'minBattery', 'minRefresh', 'panel'];
    case 'tablet':
    case 'smartphone':
      return ['maxPrice', 'maxWeight', 'minBattery', 'minRefresh', 'panel'];
    case 'monitor':
      return ['maxPrice', 'minRefresh', 'panel'];
  }
}

const weightKey = (criterion: string) => `w-${criterion}`;
const number = (value: string | null, max: number) => (value && /^\d{1,6}(\.\d{1,2})?$/.test(value) && Number(value) <= max ? Number(value) : undefined);

export function parseView(query: URLSearchParams, kind: Ranking['kind'], methodology: Methodology | undefined): RefineView {
  const sort = query.get('sort');
  const allowed = new Set<string>(filtersFor(kind));
  const view: RefineView = { sort: (sorts as readonly string[]).includes(sort ?? '') && (sort !== 'weight' || kind !== 'monitor') ? (sort as Sort) : 'rank' };
  const set = <K extends FilterName>(name: K, value: RefineView[K] | undefined) => {
    if (allowed.has(name) && value !== undefined) view[name] = value;
  };
  set('maxPrice', number(query.get('maxPrice'), 100_000));
  set('maxWeight', number(query.get('maxWeight'), 10_000));
  set('minRam', number(query.get('minRam'), 1024));
  set('minBattery', number(query.get('minBattery'), 100));
  set('minRefresh', number(query.get('minRefresh'), 1000));
  const panel = query.get('panel');
  set('panel', (panels as readonly string[]).includes(panel ?? '') ? (panel as Panel) : undefined);
  if (methodology) {
    const weights: Record<string, number> = {};
    for (const c of methodology.criteria) {
      const w = number(query.get(weightKey(c.id)), 10);
      if (w !== undefined && Number.isInteger(w)) weights[c.id] = w;
    }
    // Weights count only when the reader gave them all, not all zero, and not the published ones.
    const published = Object.fromEntries(methodology.criteria.map((c) => [c.id, c.weight]));
    if (
      Object.keys(weights).length === methodology.criteria.length &&
      Object.values(weights).some((w) => w > 0) &&
      JSON.stringify(scaleTo100(weights)) !== JSON.stringify(scaleTo100(published))
    )
      view.weights = weights;
  }
  return view;
}

/** The view as a query string, in one canonical order; the default view is no query. */
export function viewQuery(view: RefineView): string {
  const p = new URLSearchParams();
  if (view.sort !== 'rank') p.set('sort', view.sort);
  for (const name of filterNames) if (view[name] !== undefined) p.set(name, String(view[name]));
  for (const [c, w] of Object.entries(view.weights ?? {})) p.set(weightKey(c), String(w));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const isDefaultView = (view: RefineView) => viewQuery(view) === '';

export interface ViewEntry {
  entry: RankingEntry;
  /** The rating under the reader's weights (the published one when they gave none). */
  rating: number;
  /** Rating points per 100 euros. */
  value: number;
  /** Position in the reader's order. */
  position: number;
}

export interface Hidden {
  filter: FilterName;
  limit: number | string;
  devices: RankingEntry[];
}

/** Why a device fails a filter, or nothing when it passes. */
function fails(entry: RankingEntry, filter: FilterName, view: RefineView): boolean {
  const d = entry.device;
  switch (filter) {
    case 'maxPrice':
      return d.price > view.maxPrice!;
    case 'maxWeight':
      return (weightOf(d) ?? 0) > view.maxWeight!;
    case 'minRam':
      return d.kind === 'laptop' && d.specs.ram < view.minRam!;
    case 'minBattery':
      return (d.measured?.battery?.value ?? 0) < view.minBattery!;
    case 'minRefresh': {
      const refresh = d.kind === 'monitor' ? d.specs.refresh : d.specs.screen.refresh;
      return refresh < view.minRefresh!;
    }
    case 'panel': {
      const panel = d.kind === 'monitor' ? d.specs.panel : d.specs.screen.panel;
      return panel !== view.panel;
    }
  }
}

/**
 * The list as the view asks: each filter says which devices it hid (a device that fails
 * two filters is counted under the first), then the rest is re-rated with the reader's
 * weights and sorted.
 */
export function applyView(ranking: Ranking, view: RefineView, methodology: Methodology | undefined): { shown: ViewEntry[]; hidden: Hidden[] } {
  const hidden: Hidden[] = [];
  let remaining = ranking.entries;
  for (const filter of filterNames) {
    if (view[filter] === undefined) continue;
    const out = remaining.filter((e) => fails(e, filter, view));
    if (out.length > 0) hidden.push({ filter, limit: view[filter]!, devices: out });
    remaining = remaining.filter((e) => !out.includes(e));
  }
  const weights = view.weights && methodology ? scaleTo100(view.weights) : undefined;
  const rated = remaining.map((entry) => {
    const rating = weights && entry.device.score ? weightedRating(weights, entry.device.score.criteria) : entry.rating;
    return { entry, rating, value: pointsPer100Euros(rating, entry.device.price), position: 0 };
  });
  const order: Record<Sort, (a: (typeof rated)[number], b: (typeof rated)[number]) => number> = {
    rank: (a, b) => (weights ? b.rating - a.rating : 0) || a.entry.rank - b.entry.rank,
    rating: (a, b) => b.rating - a.rating || a.entry.rank - b.entry.rank,
    price: (a, b) => a.entry.device.price - b.entry.device.price || a.entry.rank - b.entry.rank,
    value: (a, b) => b.value - a.value || a.entry.rank - b.entry.rank,
    weight: (a, b) => (weightOf(a.entry.device) ?? Infinity) - (weightOf(b.entry.device) ?? Infinity) || a.entry.rank - b.entry.rank,
  };
  const shown = rated.sort(order[view.sort]).map((e, i) => ({ ...e, position: i + 1 }));
  return { shown, hidden };
}

/** The published weights on the form's 0–10 scale (25 % → 5): what the form starts from. */
export function publishedImportance(methodology: Methodology): Record<string, number> {
  return Object.fromEntries(methodology.criteria.map((c) => [c.id, Math.round(c.weight / 5)]));
}

/**
 * The reader's weights (importance from 0 to 10) as weights summing to 100, the largest
 * remainders rounded up, so a rating under them reads like the published one.
 */
export function scaleTo100(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const exact = Object.entries(weights).map(([id, w]) => ({ id, value: (w / total) * 100 }));
  const out = Object.fromEntries(exact.map((e) => [e.id, Math.floor(e.value)]));
  let missing = 100 - Object.values(out).reduce((a, b) => a + b, 0);
  for (const e of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (missing <= 0) break;
    out[e.id]! += 1;
    missing--;
  }
  return out;
}
