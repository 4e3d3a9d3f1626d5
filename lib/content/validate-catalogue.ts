import { today, weightedRating } from './catalogue';
import type { RawContent } from './files';
import { metricsByKind, type DeviceFile, type DeviceKind } from './schemas';
import type { MethodIndex, Report } from './validate-methodology';

const list = (xs: Iterable<string>) => [...xs].join(', ');

/**
 * Each device against its form factor's methodology: dated prices, a score whose rating is
 * the rounded weighted sum of its sub-scores, measurements that name a test and its unit.
 * Devices listed in a ranking must carry both a score and every measurement.
 */
export function validateDevices(
  raw: RawContent,
  report: Report,
  now: Date,
  methods: Map<DeviceKind, MethodIndex>,
  ranked: Map<string, string>,
): void {
  const day = today(now);
  for (const { item: d, file, at } of raw.devices) {
    const seen = new Set<string>();
    d.prices.forEach((p, i) => {
      const where = `${at}.prices[${i}].date`;
      if (seen.has(p.date)) report(file, where, `two prices are observed on ${p.date}: keep one per day`);
      seen.add(p.date);
      if (p.date > day) report(file, where, `${p.date} is later than today (${day}): a price is an observation, not a forecast`);
      if (p.date.slice(0, 7) < d.released) report(file, where, `${p.date} is before the device's release (${d.released})`);
    });

    const method = methods.get(d.kind);
    const rankingId = ranked.get(d.id);
    if (rankingId && !d.score) report(file, `${at}.score`, `is missing: "${d.id}" is ranked in "${rankingId}", and a ranked device is scored on each criterion of its methodology`);
    if (rankingId) {
      const missing = metricsByKind[d.kind].filter((m) => !d.measured?.[m]);
      if (missing.length > 0)
        report(file, `${at}.measured`, `lacks ${missing.join(', ')}: "${d.id}" is ranked in "${rankingId}", and a ranked device carries every ${d.kind} measurement`);
    }
    if ((d.score || d.measured) && !method) {
      report(file, d.score ? `${at}.score` : `${at}.measured`, `no methodology describes ${d.kind}s yet (content/methodology/${d.kind}.yaml)`);
      continue;
    }
    if (!method) continue;
    if (d.score) checkScore(d, file, `${at}.score`, method, day, report);
    for (const [metric, m] of Object.entries(d.measured ?? {})) {
      const where = `${at}.measured.${metric}`;
      if (!(metricsByKind[d.kind] as readonly string[]).includes(metric)) {
        report(file, where, `is not a ${d.kind} measurement (${d.kind}s are measured for ${metricsByKind[d.kind].join(', ')})`);
        continue;
      }
      const test = method.tests.get(m.test);
      if (!test) {
        const known = [...method.tests.values()].filter((t) => t.metric === metric).map((t) => t.id);
        report(file, `${where}.test`, `unknown test "${m.test}" (the ${d.kind} methodology measures ${metric} in: ${list(known)})`);
        continue;
      }
      if (test.metric !== metric) report(file, `${where}.test`, `test "${test.id}" measures ${test.metric}, not ${metric}`);
      else if (m.unit !== test.unit) report(file, `${where}.unit`, `is "${m.unit}" but test "${test.id}" gives ${metric} in "${test.unit}"`);
    }
  }
}

function checkScore(d: DeviceFile, file: string, at: string, method: MethodIndex, day: string, report: Report) {
  const score = d.score!;
  if (score.tested > day) report(file, `${at}.tested`, `${score.tested} is later than today (${day})`);
  const index = method.versions.findIndex((v) => v.version === score.method);
  const version = method.versions[index];
  if (!version) {
    report(file, `${at}.method`, `"${score.method}" is not a version of the ${d.kind} methodology (versions: ${list(method.versions.map((v) => v.version))})`);
    return;
  }
  // A score under an older method must date from before its successor came into force.
  const successor = method.versions[index - 1];
  if (successor && score.tested >= successor.date)
    report(file, `${at}.method`, `is ${score.method}, but the device was tested on ${score.tested}, when method ${successor.version} already applied (since ${successor.date})`);

  const weights = version.weights;
  const missing = Object.keys(weights).filter((c) => score.criteria[c] === undefined);
  const unknown = Object.keys(score.criteria).filter((c) => weights[c] === undefined);
  for (const c of missing) report(file, `${at}.criteria`, `is missing criterion "${c}" (method ${score.method} scores ${list(Object.keys(weights))})`);
  for (const c of unknown) report(file, `${at}.criteria.${c}`, `unknown criterion "${c}": method ${score.method} for ${d.kind}s scores ${list(Object.keys(weights))}`);
  if (missing.length + unknown.length > 0) return;
  const expected = weightedRating(weights, score.criteria);
  if (expected !== score.rating) {
    const exact = Object.entries(weights).reduce((a, [c, w]) => a + w * score.criteria[c]!, 0) / 100;
    report(file, `${at}.rating`, `is ${score.rating} but the weighted sum of the sub-scores is ${exact}, which rounds to ${expected}`);
  }
}

/** A review's rating is the device's stated rating, unless the device was scored again since. */
export function validateReviewRatings(raw: RawContent, report: Report): void {
  const devices = new Map(raw.devices.map((d) => [d.item.id, d]));
  for (const story of raw.stories) {
    for (const f of story.files) {
      if (f.kind !== 'original' || f.fm.type !== 'review' || !f.fm.device || f.fm.rating === undefined) continue;
      const device = devices.get(f.fm.device);
      const score = device?.item.score;
      if (!device || !score || score.rating === f.fm.rating) continue;
      if (score.tested > f.fm.published.slice(0, 10)) continue;
      report(f.file, 'rating', `is ${f.fm.rating} but the device's score in ${device.file} states ${score.rating}`);
    }
  }
}
