import { locales } from '@/i18n/locales';
import { latestPrice } from './catalogue';
import type { RawContent } from './files';
import type { DeviceFile } from './schemas';
import type { Report } from './validate-methodology';
import { verdictContradictions, type VerdictLocale } from './verdict-figures';

const verdictLocales: VerdictLocale[] = ['fr', 'en'];

/** Every device listed by a current ranking, with the first ranking that lists it. */
export function rankedDevices(raw: RawContent): Map<string, string> {
  const ranked = new Map<string, string>();
  for (const { id, item } of raw.rankings) for (const e of item.entries) if (!ranked.has(e.device)) ranked.set(e.device, id);
  return ranked;
}

/**
 * Rankings: menu order and slugs, size, devices of the ranking's kind, price caps; an update
 * that explains itself (a reason for every move and entry, every exit listed with its reason,
 * nothing vanishing between the previous list and this one); a history in date order, none of
 * it later than now; verdict figures that agree with the device's data.
 */
export function validateRankings(raw: RawContent, report: Report, now: Date): void {
  const devices = new Map(raw.devices.map((d) => [d.item.id, d.item]));
  const orders = new Map<number, string>();
  const rankingSlugs = new Map<string, string>();
  for (const { id, file, item } of raw.rankings) {
    const other = orders.get(item.order);
    if (other) report(file, 'order', `order ${item.order} is also used by ranking "${other}"`);
    orders.set(item.order, id);
    for (const l of locales) {
      const key = `${l}:${item.slug[l]}`;
      const taken = rankingSlugs.get(key);
      if (taken) report(file, `slug.${l}`, `slug "${item.slug[l]}" is already used in ${l} by ranking "${taken}"`);
      rankingSlugs.set(key, id);
    }
    if (Date.parse(item.updated) > now.getTime()) report(file, 'updated', `${item.updated} is later than now: publish an update once it is true`);

    /** Unknown ids, wrong kinds and repeats in a list of device ids. */
    const checkList = (ids: string[], where: (i: number) => string) => {
      const seen = new Set<string>();
      ids.forEach((deviceId, i) => {
        const device = devices.get(deviceId);
        if (!device) report(file, where(i), `unknown device "${deviceId}" (not in content/devices/)`);
        else if (device.kind !== item.kind) report(file, where(i), `"${deviceId}" is a ${device.kind}, this ranking lists ${item.kind}s`);
        if (seen.has(deviceId)) report(file, where(i), `"${deviceId}" is listed twice`);
        seen.add(deviceId);
      });
    };

    // The current list.
    if (item.entries.length !== item.size)
      report(file, 'entries', `has ${item.entries.length} entries but the ranking's size is ${item.size}`);
    checkList(item.entries.map((e) => e.device), (i) => `entries[${i}].device`);
    const listed = new Set(item.entries.map((e) => e.device));
    const previous = item.history[0];
    const previousRank = new Map(previous?.order.map((d, i) => [d, i + 1]));
    item.entries.forEach((e, i) => {
      const device = devices.get(e.device);
      if (device && item.maxPrice !== undefined && latestPrice(device) > item.maxPrice)
        report(file, `entries[${i}].device`, `"${e.device}" costs ${latestPrice(device)} €, above this ranking's cap of ${item.maxPrice} €`);
      if (previous && !e.reason) {
        const was = previousRank.get(e.device);
        if (was === undefined) report(file, `entries[${i}].reason`, `is missing: "${e.device}" is new at this update (not in the list of ${previous.date}); say why it enters`);
        else if (was !== i + 1) report(file, `entries[${i}].reason`, `is missing: "${e.device}" moves from No. ${was} to No. ${i + 1}; say why`);
      }
      if (device) checkVerdict(e.verdict, device, `entries[${i}].verdict`, file, report);
    });

    // Exits: every device of the previous list is still listed or has left, with a reason.
    item.left.forEach((l, i) => {
      if (!devices.has(l.device)) report(file, `left[${i}].device`, `unknown device "${l.device}" (not in content/devices/)`);
      if (listed.has(l.device)) report(file, `left[${i}].device`, `"${l.device}" is said to have left but is still listed`);
      else if (!previous) report(file, `left[${i}].device`, `"${l.device}" cannot leave: this is the ranking's first edition (no history)`);
      else if (!previousRank.has(l.device)) report(file, `left[${i}].device`, `"${l.device}" was not in the previous list (history[0], ${previous.date}), so it cannot leave it`);
    });
    if (previous) {
      const gone = new Set(item.left.map((l) => l.device));
      previous.order.forEach((d, i) => {
        if (!listed.has(d) && !gone.has(d))
          report(file, 'left', `"${d}" (No. ${i + 1} on ${previous.date.slice(0, 10)}) left the list without being listed: add it to \`left\` with a reason`);
      });
    }

    // Earlier versions, newest first, all before this update.
    let later = item.updated;
    item.history.forEach((h, k) => {
      const at = `history[${k}]`;
      if (Date.parse(h.date) > now.getTime()) report(file, `${at}.date`, `${h.date} is later than now`);
      if (Date.parse(h.date) >= Date.parse(later))
        report(file, `${at}.date`, `${h.date} is not earlier than ${k === 0 ? '`updated`' : `history[${k - 1}]`} (${later}): list earlier versions newest first`);
      later = h.date;
      if (h.order.length > item.size) report(file, `${at}.order`, `lists ${h.order.length} devices, more than the ranking's size ${item.size}`);
      checkList(h.order, (i) => `${at}.order[${i}]`);
      const older = new Set(item.history[k + 1]?.order ?? []);
      for (const d of Object.keys(h.reasons))
        if (!h.order.includes(d) && !older.has(d)) report(file, `${at}.reasons.${d}`, `"${d}" is neither in this version of the list nor in the one before`);
    });
  }
}

function checkVerdict(verdict: Record<string, string | undefined>, device: DeviceFile, at: string, file: string, report: Report) {
  const checkable = {
    price: latestPrice(device),
    batteryHours: device.measured?.battery?.value,
    refreshRates: device.kind === 'monitor' ? [device.specs.refresh, ...(device.specs.altRefresh ?? [])] : [device.specs.screen.refresh],
    weight: device.kind === 'monitor' ? undefined : device.specs.weight,
  };
  for (const l of verdictLocales) {
    const text = verdict[l];
    if (text) for (const message of verdictContradictions(text, l, checkable)) report(file, `${at}.${l}`, message);
  }
}
