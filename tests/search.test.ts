import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { highlight, maxQueryLength, maxTerms, queryTerms, search, transpositions, words } from '@/lib/search/search';
import { buildTermIndex, expand, maxExpansions, searchTerms } from '@/lib/search/term-index';
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

describe('the term index under search', () => {
  const split = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);
  const docs = [
    { title: 'nvidia results', body: 'quarterly figures' },
    { title: 'quarterly figures', body: 'nvidia mentioned once in the body' },
    { title: 'samsung panels', body: 'nothing about the other company' },
  ];
  const index = buildTermIndex(docs, [{ text: (d) => d.title, boost: 4 }, { text: (d) => d.body, boost: 1 }], split);
  const options = { minPrefix: 3, minFuzzy: 5 };

  test('every word must match; a title match outranks a body match', () => {
    assert.deepEqual(searchTerms(index, ['nvidia'], options).docs, [0, 1]);
    assert.deepEqual(searchTerms(index, ['nvidia', 'body'], options).docs, [1]);
    assert.deepEqual(searchTerms(index, ['nvidia', 'absent'], options).docs, []);
  });

  test('prefixes, one edit and swapped neighbours expand to index words, an exact word first', () => {
    const words = (term: string) => expand(index, term, options).map((e) => index.keys[e.word]);
    assert.deepEqual(words('nvi'), ['nvidia']);
    assert.deepEqual(words('nvidai'), ['nvidia']);
    assert.deepEqual(words('samsnug'), ['samsung']);
    assert.deepEqual(words('nv'), []);
    assert.equal(searchTerms(index, ['quarterly'], options).words[0], 'quarterly');
  });

  test(`a word stands for at most ${maxExpansions} index words, however many share its prefix`, () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ title: `pro${i}x`, body: '' }));
    const big = buildTermIndex(many, [{ text: (d) => d.title, boost: 1 }, { text: (d) => d.body, boost: 1 }], split);
    const expansions = expand(big, 'pro', options);
    assert.equal(expansions.length, maxExpansions);
    // The shortest words are the closest and are kept: pro0x…pro9x, then some of pro10x…pro99x.
    const kept = expansions.map((e) => big.keys[e.word]!);
    assert.ok(kept.every((w) => w.length <= 6));
    assert.equal(kept.filter((w) => w.length === 5).length, 10);
    assert.equal(searchTerms(big, ['pro'], options).docs.length, maxExpansions);
  });
});

describe('words as search sees them', () => {
  const cases: [string, string[]][] = [
    ['Écran OLED', ['ecran', 'oled']],
    ['l’écran « test »', ['l', 'ecran', 'test']],
    ['Œuvre et œuvre, ÆON', ['oeuvre', 'et', 'oeuvre', 'aeon']],
    ['12\u202f000 mAh\u00a0: 5G', ['12', '000', 'mah', '5g']],
    ['Straße İstanbul 中文字', ['straße', 'istanbul', '中文字']],
    ['emoji😀split 𝐀bold', ['emoji', 'split', '𝐀bold']],
    ['<b>a</b>&amp;', ['b', 'a', 'b', 'amp']],
    ['', []],
  ];
  for (const [text, expected] of cases)
    test(JSON.stringify(text), () => assert.deepEqual(words(text), expected));
});
