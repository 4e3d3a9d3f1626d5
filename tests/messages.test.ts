import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { locales } from '@/i18n/locales';
import { missingKeys, withFallback } from '@/i18n/messages';

type Tree = { [key: string]: string | Tree };
const read = (l: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${l}.json`), 'utf8')) as Tree;
const fr = read('fr');

/** The argument names of an ICU message, found by parsing it (which also proves it is valid ICU). */
function names(message: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ('value' in el && typeof el.value === 'string') out.add(el.value);
      if ('options' in el) for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...out].sort();
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

for (const l of locales) {
  test(`messages/${l}.json has exactly the keys of fr.json, none empty`, () => {
    const m = read(l);
    assert.deepEqual(missingKeys(fr, m), [], 'missing keys');
    assert.deepEqual(missingKeys(m, fr), [], 'extra keys');
    for (const [key, value] of leaves(m)) assert.ok(value.trim().length > 0, `${l}: ${key} is empty`);
  });

  test(`messages/${l}.json keeps every placeholder of fr.json`, () => {
    const m = new Map(leaves(read(l)));
    for (const [key, value] of leaves(fr)) {
      assert.deepEqual(names(m.get(key) ?? ''), names(value), `${l}: ${key}`);
    }
  });
}

test('a missing or empty message falls back to French, and the gap is reported', () => {
  const reference = { nav: { news: 'Actualités', search: 'Rechercher' }, footer: { rss: 'Flux RSS' } };
  const catalog = { nav: { news: 'News', search: '' } };
  const reported: string[][] = [];
  const merged = withFallback(reference, catalog, (missing) => reported.push(missing));
  assert.deepEqual(merged, { nav: { news: 'News', search: 'Rechercher' }, footer: { rss: 'Flux RSS' } });
  assert.deepEqual(reported, [['nav.search', 'footer']]);
});
