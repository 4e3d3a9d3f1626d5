import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadContent } from '@/lib/content/load';
import { applyView, parseView, publishedImportance, scaleTo100, viewQuery, type RefineView } from '@/lib/rankings/refine';

const { index } = loadContent(path.join(process.cwd(), 'content'));
const content = index!;
const ranking = content.ranking('multimedia-laptops')!;
const method = content.methodology('laptop')!;
const parse = (q: string) => parseView(new URLSearchParams(q), ranking.kind, method);

describe('a reader’s view of a ranking', () => {
  test('the published view is no query at all, even as the form sends it', () => {
    const form = `sort=rank&maxPrice=&maxWeight=&minRam=&panel=&${method.criteria.map((c) => `w-${c.id}=${publishedImportance(method)[c.id]}`).join('&')}`;
    assert.equal(viewQuery(parse(form)), '');
  });

  const views: RefineView[] = [
    { sort: 'price', maxPrice: 1500 },
    { sort: 'value', minBattery: 12, panel: 'OLED' },
    { sort: 'rating', weights: Object.fromEntries(method.criteria.map((c, i) => [c.id, i === 0 ? 10 : 1])) },
  ];
  for (const view of views) {
    test(`a shared address restores the view ${viewQuery(view)}`, () => assert.deepEqual(parse(viewQuery(view).slice(1)), view));
  }

  const hostile: [string, RefineView][] = [
    ['sort=<script>&maxPrice=-1&maxWeight=1e9&panel=plasma', { sort: 'rank' }],
    ['maxPrice=99999999', { sort: 'rank' }],
    ['w-performance=10', { sort: 'rank' }],
    [method.criteria.map((c) => `w-${c.id}=0`).join('&'), { sort: 'rank' }],
    [method.criteria.map((c) => `w-${c.id}=11`).join('&'), { sort: 'rank' }],
  ];
  for (const [query, view] of hostile) {
    test(`an odd query (${query.slice(0, 40)}) is read safely`, () => assert.deepEqual(parse(query), view));
  }

  test('filters say what they hid, each device under the first filter it fails', () => {
    const cap = ranking.entries[4]!.device.price;
    const { shown, hidden } = applyView(ranking, { sort: 'rank', maxPrice: cap }, method);
    const over = ranking.entries.filter((e) => e.device.price > cap);
    assert.deepEqual(hidden.map((h) => [h.filter, h.devices.length]), over.length ? [['maxPrice', over.length]] : []);
    assert.equal(shown.length + over.length, ranking.entries.length);
  });

  test('sorting by value ranks by rating points per 100 euros', () => {
    const { shown } = applyView(ranking, { sort: 'value' }, method);
    for (let i = 1; i < shown.length; i++) assert.ok(shown[i - 1]!.value >= shown[i]!.value);
  });

  test('weighing one criterion only ranks by its sub-score', () => {
    const only = method.criteria[1]!.id;
    const weights = Object.fromEntries(method.criteria.map((c) => [c.id, c.id === only ? 10 : 0]));
    const { shown } = applyView(ranking, { sort: 'rank', weights }, method);
    assert.deepEqual(
      shown.map((e) => e.rating),
      shown.map((e) => e.entry.device.score!.criteria[only]),
    );
    for (let i = 1; i < shown.length; i++) assert.ok(shown[i - 1]!.rating >= shown[i]!.rating);
  });

  test('the reader’s importance becomes weights summing to 100, the published ones unchanged', () => {
    assert.deepEqual(scaleTo100(publishedImportance(method)), Object.fromEntries(method.criteria.map((c) => [c.id, c.weight])));
    const w = scaleTo100({ a: 1, b: 1, c: 1 });
    assert.equal(Object.values(w).reduce((x, y) => x + y, 0), 100);
  });
});
