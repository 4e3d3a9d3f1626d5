import type { ContentIndex } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device, Story } from '@/lib/content/model';
import type { Metric, PriceObservation } from '@/lib/content/schemas';
import { calendarDay } from '@/lib/content/calendar-day';

/**
 * What the buying guide says about a device beyond its files: its price as of a date, its
 * value for money, its nearest alternatives, the news that mention it. Pure functions of
 * the content index, so pages and tests agree.
 */

/** A price older than this is shown with a warning: shops move faster than that. */
export const stalePriceDays = 30;

export interface PriceLine extends PriceObservation {
  /** Days since it was observed, at `now`. */
  age: number;
  stale: boolean;
}

export function currentPrice(device: Device, now: Date = new Date()): PriceLine {
  const latest = device.prices[0]!;
  const age = Math.floor((now.getTime() - calendarDay(latest.date).getTime()) / 86_400_000);
  return { ...latest, age, stale: age > stalePriceDays };
}

/** Rating points per 100 euros: what a value sort ranks by. */
export function pointsPer100Euros(rating: number, price: number): number {
  return price > 0 ? (rating / price) * 100 : 0;
}

/** Metrics where less is better (noise, heat, delays); for the others more is better. */
export const lowerIsBetter: ReadonlySet<Metric> = new Set(['noise', 'surfaceTemperature', 'responseTime', 'inputLag']);

export const weightOf = (d: Device): number | undefined => (d.kind === 'monitor' ? undefined : d.specs.weight);

export interface Alternatives {
  /** The best-rated device that costs less. */
  cheaper?: Device;
  /** The best-rated device that weighs less. */
  lighter?: Device;
  /** The cheapest device rated higher. */
  betterRated?: Device;
}

/** The nearest alternatives among rated devices of the same kind. */
export function alternatives(content: ContentIndex, device: Device): Alternatives {
  const rating = device.score?.rating ?? 0;
  const peers = content.devices.filter((d) => d.kind === device.kind && d.id !== device.id && d.score);
  const best = (list: Device[]) => [...list].sort((a, b) => b.score!.rating - a.score!.rating || a.price - b.price)[0];
  const weight = weightOf(device);
  return {
    cheaper: best(peers.filter((d) => d.price < device.price)),
    lighter: weight === undefined ? undefined : best(peers.filter((d) => (weightOf(d) ?? Infinity) < weight)),
    betterRated: [...peers.filter((d) => d.score!.rating > rating)].sort((a, b) => a.price - b.price || b.score!.rating - a.score!.rating)[0],
  };
}

const mentionsOf = new WeakMap<ContentIndex, Map<string, Story[]>>();

/**
 * The stories that mention a device by its model name, newest first, its own review
 * aside. Built for every device on first use, in one pass over the archive.
 */
export function mentions(content: ContentIndex, device: Device): Story[] {
  let byDevice = mentionsOf.get(content);
  if (!byDevice) {
    byDevice = new Map();
    const needles = content.devices.map((d) => ({ id: d.id, names: [deviceName(d), d.model].map((n) => n.toLowerCase()) }));
    for (const story of content.stories) {
      const texts = Object.values(story.versions).map((v) => `${v.title}\n${v.lead}\n${v.body}`.toLowerCase());
      for (const { id, names } of needles) {
        if (story.deviceId === id) continue;
        if (texts.some((t) => names.some((n) => n.length >= 6 && t.includes(n)))) {
          const list = byDevice.get(id) ?? [];
          list.push(story);
          byDevice.set(id, list);
        }
      }
    }
    mentionsOf.set(content, byDevice);
  }
  return byDevice.get(device.id) ?? [];
}
