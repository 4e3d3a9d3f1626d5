import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadContent } from '@/lib/content/load';
import { comparisonParam, lookupComparison } from '@/lib/rankings/comparison';
import { alternatives, currentPrice, mentions, pointsPer100Euros, stalePriceDays } from '@/lib/rankings/device-facts';

const content = loadContent(path.join(process.cwd(), 'content')).index!;
const phones = content.ranking('smartphones')!.entries.map((e) => e.device);
const monitor = content.ranking('monitors')!.entries[0]!.device;

describe('comparisons', () => {
  const [a, b, c] = phones.map((d) => d.id).sort();
  const cases: [string, string, ReturnType<typeof lookupComparison>['kind'], string?][] = [
    ['two devices in order', `${a}-vs-${b}`, 'page'],
    ['four devices in order', [a, b, c, phones[3]!.id].sort().join('-vs-'), 'page'],
    ['another order', `${b}-vs-${a}`, 'moved', `${a}-vs-${b}`],
    ['a device twice among others', `${a}-vs-${a}-vs-${b}`, 'moved', `${a}-vs-${b}`],
    ['one device twice', `${a}-vs-${a}`, 'moved', a],
    ['two kinds', comparisonParam([a!, monitor.id]), 'missing'],
    ['an unknown device', `${a}-vs-nothing`, 'missing'],
    ['five devices', phones.slice(0, 5).map((d) => d.id).sort().join('-vs-'), 'missing'],
    ['one device alone', a!, 'moved', a],
  ];
  for (const [name, param, kind, to] of cases) {
    test(`${name} → ${kind}`, () => {
      const found = lookupComparison(content, param);
      assert.equal(found.kind, kind);
      if (to && found.kind === 'moved') assert.equal('comparison' in found.to ? found.to.comparison : found.to.device, to);
    });
  }
});

describe('device facts', () => {
  test('a price is dated, and flagged after a month', () => {
    const d = phones[0]!;
    const day = Date.parse(`${d.prices[0]!.date}T12:00:00Z`);
    assert.equal(currentPrice(d, new Date(day + 5 * 86_400_000)).stale, false);
    assert.equal(currentPrice(d, new Date(day + (stalePriceDays + 1) * 86_400_000)).stale, true);
  });

  test('value is rating points per 100 euros', () => assert.equal(pointsPer100Euros(90, 900), 10));

  test('alternatives are cheaper, lighter or better rated, of the same kind', () => {
    const d = phones[3]!;
    const alt = alternatives(content, d);
    if (alt.cheaper) assert.ok(alt.cheaper.price < d.price && alt.cheaper.kind === d.kind);
    if (alt.betterRated) assert.ok(alt.betterRated.score!.rating > d.score!.rating);
    if (alt.lighter && d.kind !== 'monitor' && alt.lighter.kind !== 'monitor') assert.ok(alt.lighter.specs.weight < d.specs.weight);
    assert.ok(alt.cheaper || alt.betterRated || alt.lighter);
  });

  test('the news that mention a device leave its own review out', () => {
    const s26 = content.device('samsung-galaxy-s26-ultra')!;
    const found = mentions(content, s26);
    assert.ok(found.length > 0);
    assert.ok(found.every((s) => s.deviceId !== s26.id));
  });
});
