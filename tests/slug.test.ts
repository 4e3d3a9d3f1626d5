import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSlug, slugify } from '@/lib/content/slug';
import { countWords, readingMinutes } from '@/lib/content/reading-time';

const slugs: [string, string][] = [
  ["L'écran de l'année", 'l-ecran-de-l-annee'],
  ['Œuvre et cœur', 'oeuvre-et-coeur'],
  ['Straße über Äpfel', 'strasse-uber-apfel'],
  ['Nvidia et OpenAI : 100 milliards', 'nvidia-et-openai-100-milliards'],
  ['  --Déjà   vu--  ', 'deja-vu'],
  ['C’est l’été', 'c-est-l-ete'],
  ['Año español, perché sì', 'ano-espanol-perche-si'],
];

for (const [input, expected] of slugs) {
  test(`slugify(${JSON.stringify(input)})`, () => {
    assert.equal(slugify(input), expected);
    assert.ok(isSlug(expected));
  });
}

test('reading time counts words, not Markdown, and depends on the language', () => {
  assert.equal(countWords('## Un titre\n\nUn [lien](https://example.com/very/long/url) et **du gras**.'), 7);
  const words = Array.from({ length: 476 }, () => 'mot').join(' ');
  assert.equal(readingMinutes(words, 'en'), 2); // 476 / 238
  assert.equal(readingMinutes(words, 'de'), 3); // 476 / 179 = 2.7
  assert.equal(readingMinutes('court', 'fr'), 1);
});
