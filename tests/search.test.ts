import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { highlight, search } from '@/lib/search/search';
import { loadTree, routingTree } from './helpers/routing-fixture';

const content = loadTree(routingTree());
const ids = (locale: 'fr' | 'en', q: string) => search(content, locale, q).stories.map((s) => s.id);

describe('search on a fixture content tree', () => {
  test('accents and case do not matter', () => {
    assert.ok(ids('fr', 'ECRAN').includes('story-one'));
    assert.ok(ids('fr', 'écran').includes('story-one'));
  });

  test('each locale searches the version it shows', () => {
    assert.ok(ids('en', 'screen').includes('story-one'));
    assert.ok(!ids('fr', 'screen').includes('story-one'));
  });

  test('devices are found by name', () => {
    assert.deepEqual(search(content, 'fr', 'phone 3').devices.map((d) => d.id), ['phone-3']);
  });

  test('an empty query finds nothing and costs nothing', () => {
    assert.deepEqual(search(content, 'fr', '   '), { stories: [], devices: [], terms: [] });
  });

  test('highlighting marks whole words and prefixes, as text', () => {
    assert.deepEqual(
      highlight('Le <b>téléphone</b>', ['telephone']).filter((p) => p.match).map((p) => p.text),
      ['téléphone'],
    );
  });
});
