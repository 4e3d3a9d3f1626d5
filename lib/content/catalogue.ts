import { timeZone } from '@/i18n/locales';
import type { MethodVersion } from './model';
import type { DeviceFile, MethodologyFile, PriceObservation } from './schemas';

/**
 * Arithmetic the buying guide shares between the checks and the loader, so that what
 * content:check accepts is exactly what pages show.
 */

/**
 * The rating a set of sub-scores earns: Σ weight × sub-score / 100, rounded half up.
 * Computed in integers (weights and sub-scores are whole numbers), so 89.5 is always 90.
 */
export function weightedRating(weights: Record<string, number>, criteria: Record<string, number>): number {
  let sum = 0;
  for (const [id, weight] of Object.entries(weights)) sum += weight * (criteria[id] ?? 0);
  return Math.floor((sum + 50) / 100);
}

/** Every version of a method, newest first, each with the weights it used. */
export function methodVersions(m: MethodologyFile): MethodVersion[] {
  const current = Object.fromEntries(m.criteria.map((c) => [c.id, c.weight]));
  return m.changelog.map((c) => ({
    version: c.version,
    date: c.date,
    changes: c.changes,
    weights: c.version === m.version ? current : (c.weights ?? {}),
  }));
}

/** Prices newest first (the order pages show them in). */
export function sortPrices(prices: readonly PriceObservation[]): PriceObservation[] {
  return [...prices].sort((a, b) => b.date.localeCompare(a.date));
}

/** The latest observed price of a device, in euros. */
export function latestPrice(device: Pick<DeviceFile, 'prices'>): number {
  return sortPrices(device.prices)[0]?.amount ?? 0;
}

/** Today in the newsroom's time zone, `YYYY-MM-DD`: a day-dated fact may not be later. */
export function today(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A shallow copy without one field. */
export function without<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}
