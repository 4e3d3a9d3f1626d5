import type { ContentIndex } from '@/lib/content';
import type { Device } from '@/lib/content/model';

/**
 * A comparison's address names its devices: `<id>-vs-<id>[-vs-<id>…]`, two to four devices
 * of one kind, each once, in alphabetical order of their ids, so that one set of devices
 * has exactly one address. Any other order, or a repeated device, is the same comparison
 * under another address: it moves to the canonical one.
 */
export const comparisonSeparator = '-vs-';
export const minCompared = 2;
export const maxCompared = 4;

export type ComparisonLookup =
  | { kind: 'page'; devices: Device[] }
  | { kind: 'moved'; to: { comparison: string } | { device: string } }
  | { kind: 'missing' };

export function comparisonParam(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(comparisonSeparator);
}

export function lookupComparison(content: ContentIndex, param: string): ComparisonLookup {
  const ids = param.split(comparisonSeparator);
  if (ids.length > maxCompared * 2) return { kind: 'missing' };
  const devices = ids.map((id) => content.device(id));
  if (devices.some((d) => !d)) return { kind: 'missing' };
  const distinct = [...new Set(ids)];
  const kinds = new Set(devices.map((d) => d!.kind));
  if (kinds.size > 1 || distinct.length > maxCompared) return { kind: 'missing' };
  if (distinct.length < minCompared) return { kind: 'moved', to: { device: distinct[0]! } };
  const canonical = comparisonParam(distinct);
  if (canonical !== param) return { kind: 'moved', to: { comparison: canonical } };
  return { kind: 'page', devices: distinct.map((id) => content.device(id)!) };
}

/** The comparisons the build knows of: the editors' featured ones. Any other valid set renders on request. */
export function featuredComparisons(content: ContentIndex): string[] {
  return content.comparisons.map((c) => comparisonParam(c.devices.map((d) => d.id)));
}
