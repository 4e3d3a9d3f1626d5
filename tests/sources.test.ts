import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHomePageUrl } from '@/lib/content/validate';

test('a bare home page is recognised, with or without a slash or a language segment', () => {
  for (const url of [
    'https://www.wsj.com/',
    'https://www.reuters.com',
    'http://example.com/',
    'https://www.lg.com/fr/',
    'https://www.acer.com/fr-fr',
    'https://www.xbox.com/fr-FR/',
    'https://www.wsj.com/#top',
  ])
    assert.equal(isHomePageUrl(url), true, url);
});

test('an article address is not a home page', () => {
  for (const url of [
    'https://www.wsj.com/tech/ai/nvidia-openai-talks',
    'https://eur-lex.europa.eu/eli/dir/2024/1799/oj',
    'https://blog.google/products/gemini/gemini-3/',
    'https://www.techjuice.pk/?p=215728',
    'https://www.amd.com/en/newsroom.html',
    'not a url',
  ])
    assert.equal(isHomePageUrl(url), false, url);
});
