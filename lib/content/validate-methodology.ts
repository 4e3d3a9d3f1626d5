import { methodVersions, today } from './catalogue';
import type { RawContent } from './files';
import type { MethodVersion } from './model';
import { metricsByKind, type DeviceKind, type MethodologyFile } from './schemas';

export type Report = (file: string, path: string, message: string) => void;

/** The checked methodologies, by form factor, for the device and ranking checks. */
export interface MethodIndex {
  file: string;
  item: MethodologyFile;
  /** Newest first. */
  versions: MethodVersion[];
  tests: Map<string, MethodologyFile['tests'][number]>;
}

const sum = (weights: Record<string, number>) => Object.values(weights).reduce((a, b) => a + b, 0);

/**
 * Each form factor's methodology: weights that sum to 100, one test at least per
 * measurement the form factor publishes, a changelog that keeps the weights of every
 * older version (so that scores given under it can still be checked), nothing dated later
 * than today.
 */
export function validateMethodologies(raw: RawContent, report: Report, now: Date): Map<DeviceKind, MethodIndex> {
  const out = new Map<DeviceKind, MethodIndex>();
  for (const { file, item } of raw.methodologies) {
    if (out.has(item.formFactor)) {
      report(file, 'formFactor', `a methodology for ${item.formFactor} is already defined in ${out.get(item.formFactor)!.file}`);
      continue;
    }
    const criteria = new Set<string>();
    item.criteria.forEach((c, i) => {
      if (criteria.has(c.id)) report(file, `criteria[${i}].id`, `criterion "${c.id}" appears twice`);
      criteria.add(c.id);
    });
    const total = item.criteria.reduce((a, c) => a + c.weight, 0);
    if (total !== 100)
      report(file, 'criteria', `weights sum to ${total}, not 100 (${item.criteria.map((c) => `${c.id} ${c.weight}`).join(', ')})`);

    const tests = new Map<string, MethodologyFile['tests'][number]>();
    item.tests.forEach((t, i) => {
      if (tests.has(t.id)) report(file, `tests[${i}].id`, `test "${t.id}" appears twice`);
      tests.set(t.id, t);
      if (!(metricsByKind[item.formFactor] as readonly string[]).includes(t.metric))
        report(file, `tests[${i}].metric`, `${item.formFactor}s are not measured for ${t.metric} (measured: ${metricsByKind[item.formFactor].join(', ')})`);
    });
    for (const metric of metricsByKind[item.formFactor])
      if (![...tests.values()].some((t) => t.metric === metric)) report(file, 'tests', `no test describes how ${metric} is measured`);

    const day = today(now);
    if (Date.parse(item.effective) > now.getTime()) report(file, 'effective', `${item.effective} is later than today: publish a method once it applies`);
    const first = item.changelog[0];
    if (first && first.version !== item.version)
      report(file, 'changelog[0].version', `is "${first.version}" but the current version is "${item.version}": the changelog lists the newest version first`);
    if (first && first.version === item.version && first.date !== item.effective.slice(0, 10))
      report(file, 'changelog[0].date', `is ${first.date} but the current version took effect on ${item.effective.slice(0, 10)}`);
    const versions = new Set<string>();
    item.changelog.forEach((c, i) => {
      const at = `changelog[${i}]`;
      if (versions.has(c.version)) report(file, `${at}.version`, `version "${c.version}" appears twice`);
      versions.add(c.version);
      if (c.date > day) report(file, `${at}.date`, `${c.date} is later than today`);
      const next = item.changelog[i + 1];
      if (next && next.date >= c.date) report(file, `${at}.date`, `is not later than the older version ${next.version} (${next.date}): list versions newest first`);
      if (c.version === item.version) {
        if (c.weights) report(file, `${at}.weights`, 'the current version takes its weights from `criteria`: leave weights out here');
      } else if (!c.weights) {
        report(file, `${at}.weights`, `is missing: an older version keeps its weights so that scores given under ${c.version} can be checked`);
      } else if (sum(c.weights) !== 100) {
        report(file, `${at}.weights`, `sum to ${sum(c.weights)}, not 100`);
      }
    });
    out.set(item.formFactor, { file, item, versions: methodVersions(item), tests });
  }
  return out;
}
