import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultView, fromQuery, maxCompared, toggleCompared, toQuery, visible, type ExplorerItem, type View } from '@/lib/rankings/explorer-state';

const items: ExplorerItem[] = [
  { id: 'a', rank: 1, rating: 92, price: 1499, weight: 1500 },
  { id: 'b', rank: 2, rating: 92, price: 999, weight: 1200 },
  { id: 'c', rank: 3, rating: 88, price: 1299, weight: null },
  { id: 'd', rank: 4, rating: 85, price: 799, weight: 1900 },
  { id: 'e', rank: 5, rating: 80, price: 649, weight: 1250 },
];
const ids = new Set(items.map((i) => i.id));
const order = (view: Partial<View>) => visible(items, { ...defaultView, ...view }).map((i) => i.id);

describe('ranking explorer state', () => {
  test('the default view is no query at all', () => assert.equal(toQuery(defaultView), ''));

  const views: View[] = [
    { sort: 'price', maxPrice: 1500, maxWeight: null, compare: [] },
    { sort: 'weight', maxPrice: null, maxWeight: 1600, compare: ['a', 'c'] },
    { sort: 'rating', maxPrice: 1000, maxWeight: 2000, compare: ['e', 'd', 'b'] },
  ];
  for (const view of views) {
    test(`a shared URL restores the view ${toQuery(view)}`, () => assert.deepEqual(fromQuery(toQuery(view), ids), view));
  }

  test('sorting keeps rank order between equals', () => {
    assert.deepEqual(order({ sort: 'rank' }), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(order({ sort: 'rating' }), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(order({ sort: 'price' }), ['e', 'd', 'b', 'c', 'a']);
    assert.deepEqual(order({ sort: 'weight' }), ['b', 'e', 'a', 'd', 'c']); // no weight (a monitor) goes last
  });

  test('filters hide what is over the limit, and a device without weight under any weight limit', () => {
    assert.deepEqual(order({ maxPrice: 1000 }), ['b', 'd', 'e']);
    assert.deepEqual(order({ maxWeight: 1500 }), ['a', 'b', 'e']);
  });

  const hostile: [string, View][] = [
    ['?sort=<script>&maxPrice=-1&maxWeight=1e9', defaultView],
    ['?sort=price&maxPrice=99999999', { ...defaultView, sort: 'price' }],
    ['?compare=a,zzz,a,b,c,d,e', { ...defaultView, compare: ['a', 'b', 'c', 'd'] }],
    ['?compare=', defaultView],
  ];
  for (const [query, view] of hostile) {
    test(`an odd query ${query} is read safely`, () => assert.deepEqual(fromQuery(query, ids), view));
  }

  test(`a comparison takes at most ${maxCompared} devices, and a second click takes one out`, () => {
    let view = defaultView;
    for (const id of ['a', 'b', 'c', 'd', 'e']) view = toggleCompared(view, id);
    assert.deepEqual(view.compare, ['a', 'b', 'c', 'd']);
    assert.deepEqual(toggleCompared(view, 'b').compare, ['a', 'c', 'd']);
  });
});
