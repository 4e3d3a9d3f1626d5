import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acceptedLanguages, negotiateLocale } from '@/lib/routing/negotiate';
import { switchTarget } from '@/lib/routing/language-switch';

describe('the language of `/`', () => {
  // Accept-Language as browsers, bots and strangers send it, and where `/` leads.
  const cases: [string | undefined, string][] = [
    ['fr-FR,fr;q=0.9', 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,*;q=0.5', 'de'],
    ['*;q=0.9,de;q=0.5', 'de'],
    ['en_US', 'en'],
    ['xx-not_a:tag,es;q=0.8', 'es'],
    ['%%%,it', 'it'],
    ['pt-BR,pt;q=0.9', 'fr'],
    ['pt-BR,pt;q=0.9,de;q=0.1', 'de'],
    ['de;q=0,en', 'en'],
    ['en;q=0.5,de;q=0.8', 'de'],
    ['es;q=0.5,it;q=0.5', 'es'],
    ['de;q=2,it', 'it'],
    ['', 'fr'],
    [undefined, 'fr'],
    [`${'x'.repeat(5000)},de`, 'fr'],
  ];
  for (const [header, locale] of cases) {
    test(`Accept-Language "${(header ?? '(none)').slice(0, 40)}" → ${locale}`, () => assert.equal(negotiateLocale({ acceptLanguage: header }), locale));
  }

  test('a remembered choice wins over the browser', () => {
    assert.equal(negotiateLocale({ cookie: 'it', acceptLanguage: 'de' }), 'it');
    assert.equal(negotiateLocale({ cookie: 'xx', acceptLanguage: 'de' }), 'de');
  });

  test('skipped entries keep the others in order', () => {
    assert.deepEqual(acceptedLanguages('de-DE, *;q=0.5, en_US;q=0.4, ***, fr;q=0.3'), ['de-de', 'en-us', 'fr']);
  });
});

describe('the language endpoint only sends readers to pages of this site', () => {
  const cases: [string | null, string | undefined][] = [
    ['/de/nachrichten/x', 'de'],
    ['/it', 'it'],
    ['/es?q=a', 'es'],
    ['//evil.example/de', undefined],
    ['https://evil.example/de', undefined],
    ['/\\evil.example', undefined],
    ['/de\r\nSet-Cookie: x=1', undefined],
    ['/xx/news', undefined],
    ['/deutsch', undefined],
    ['de/news', undefined],
    [null, undefined],
    [`/de/${'a'.repeat(3000)}`, undefined],
  ];
  for (const [to, locale] of cases) {
    test(`to=${JSON.stringify(to)?.slice(0, 40)} → ${locale ?? 'refused'}`, () => assert.equal(switchTarget(to)?.locale, locale));
  }
});
