import type { Ranking } from '@/lib/content/model';
import type { Panel } from '@/lib/content/schemas';
import { weightOf } from './device-facts';
import type { FilterName } from './refine';

/** Round thresholds offered in the ranking filters, kept to those that change the list. */
export const priceSteps = [200, 250, 300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000];
export const weightSteps = {
  laptop: [1000, 1200, 1400, 1600, 1800, 2000, 2500, 3000],
  tablet: [300, 450, 600, 800, 1000],
  smartphone: [170, 190, 210, 230],
};
const ramSteps = [8, 16, 24, 32, 64];
const batterySteps = [6, 8, 10, 12, 15, 18, 20, 24];
const refreshSteps = [60, 90, 120, 144, 165, 240, 360, 480, 500];

/** The steps strictly between the smallest and largest value: each one filters something out, none empties the list. */
export function steps(candidates: number[], values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return candidates.filter((c) => c >= min && c < max);
}

/** Minimums that leave something and hide something. */
function minimumSteps(candidates: number[], values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return candidates.filter((c) => c > min && c <= max);
}

/** For each filter of a ranking, the values worth offering: each one changes the list. */
export function filterOptions(ranking: Ranking): Partial<Record<FilterName, (number | Panel)[]>> {
  const devices = ranking.entries.map((e) => e.device);
  const weights = devices.flatMap((d) => (weightOf(d) === undefined ? [] : [weightOf(d)!]));
  const refresh = devices.map((d) => (d.kind === 'monitor' ? d.specs.refresh : d.specs.screen.refresh));
  const battery = devices.flatMap((d) => (d.measured?.battery ? [d.measured.battery.value] : []));
  const ram = devices.flatMap((d) => (d.kind === 'laptop' ? [d.specs.ram] : []));
  const panels = [...new Set(devices.map((d) => (d.kind === 'monitor' ? d.specs.panel : d.specs.screen.panel)))].sort();
  return {
    maxPrice: steps(priceSteps, devices.map((d) => d.price)),
    maxWeight: ranking.kind === 'monitor' ? [] : steps(weightSteps[ranking.kind], weights),
    minRam: ram.length ? minimumSteps(ramSteps, ram) : [],
    minBattery: battery.length ? minimumSteps(batterySteps, battery) : [],
    minRefresh: minimumSteps(refreshSteps, refresh),
    panel: panels.length > 1 ? panels : [],
  };
}
