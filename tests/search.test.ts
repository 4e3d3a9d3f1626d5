import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { highlight, maxQueryLength, maxTerms, queryTerms, search, transpositions } from '@/lib/search/search';
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

  test('two neighbouring letters swapped are forgiven in longer words (nvidai, smasung)', () => {
    assert.ok(transpositions('nvidai').includes('nvidia'));
    assert.ok(transpositions('smasung').includes('samsung'));
    assert.ok(ids('fr', 'telephnoe').includes('story-one'));
    assert.ok(ids('en', 'sceren').includes('story-one'));
  });

  test('a prefix needs three letters: one or two letters match whole words only', () => {
    assert.ok(ids('fr', 'tél').includes('story-one'));
    assert.deepEqual(ids('fr', 't'), []);
    assert.deepEqual(ids('fr', 'té'), []);
  });

  test(`a query is cut to ${maxQueryLength} characters and ${maxTerms} distinct words`, () => {
    const many = Array.from({ length: 100 }, (_, i) => `mot${i}`).join(' ');
    assert.equal(queryTerms(many).length, maxTerms);
    assert.deepEqual(queryTerms('écran ECRAN Écran'), ['ecran']);
    assert.ok(queryTerms('a'.repeat(5000)).length <= 1);
    assert.deepEqual(queryTerms(`${'x'.repeat(maxQueryLength)} ecran`), []);
  });

  test('highlighting marks whole words and prefixes, as text', () => {
    assert.deepEqual(
      highlight('Le <b>téléphone</b>', ['telephone']).filter((p) => p.match).map((p) => p.text),
      ['téléphone'],
    );
  });
});
