import type { RawContent } from './files';
import type { Report } from './validate-methodology';

/** Featured comparisons: known devices, no repeats, one kind per comparison, no comparison twice. */
export function validateComparisons(raw: RawContent, report: Report): void {
  const devices = new Map(raw.devices.map((d) => [d.item.id, d.item]));
  const seen = new Map<string, string>();
  for (const { item, file, at } of raw.comparisons) {
    const kinds = new Set<string>();
    const ids = new Set<string>();
    item.devices.forEach((id, i) => {
      const device = devices.get(id);
      if (!device) report(file, `${at}.devices[${i}]`, `unknown device "${id}" (not in content/devices/)`);
      else kinds.add(device.kind);
      if (ids.has(id)) report(file, `${at}.devices[${i}]`, `"${id}" is compared with itself`);
      ids.add(id);
    });
    if (kinds.size > 1)
      report(file, `${at}.devices`, `compares devices of different kinds (${item.devices.map((id) => `${id}: ${devices.get(id)?.kind}`).join(', ')}): a comparison sets one kind side by side`);
    const key = [...ids].sort().join(' ');
    if (seen.has(key)) report(file, at, `the same devices are already compared at ${seen.get(key)}`);
    else seen.set(key, at);
  }
}
