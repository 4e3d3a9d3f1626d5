import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { typographyProblems } from '@/lib/content/validate-typography';
import { nbsp as n, narrowNbsp as nn, typeset } from '@/lib/typography/typeset';

describe('typesetting', () => {
  // What an editor types, and what a reader gets.
  const cases: [Parameters<typeof typeset>[1], string, string][] = [
    ['fr', 'Vraiment ? Oui !', `Vraiment${nn}? Oui${nn}!`],
    ['fr', 'Deux points : voilà ; et puis', `Deux points${n}: voilà${nn}; et puis`],
    ['fr', '« Le plus grand projet »', `«${nn}Le plus grand projet${nn}»`],
    ['fr', '«serré»', `«${nn}serré${nn}»`],
    ['fr', '1 199 euros', `1${n}199${n}euros`],
    ['fr', '12 345 678 unités', `12${n}345${n}678 unités`],
    ['fr', '90 % des cas, 90% aussi', `90${nn}% des cas, 90${nn}% aussi`],
    ['fr', '13 h 10 en Wi-Fi à 150 cd/m²', `13${n}h 10 en Wi-Fi à 150${n}cd/m²`],
    ['fr', '16 Go de mémoire, 120 Hz, 10 cœurs', `16${n}Go de mémoire, 120${n}Hz, 10${n}cœurs`],
    ['fr', 'https://example.com/?q=a et 14:30', 'https://example.com/?q=a et 14:30'],
    ['fr', '{rating} %', `{rating}${nn}%`],
    ['fr', '{value} Go', `{value}${n}Go`],
    ['fr', 'un écran 13" et un 15"', 'un écran 13" et un 15"'],
    ['de', 'Er sagte „Hallo“ für 1 199 Euro', `Er sagte „Hallo“ für 1${n}199${n}Euro`],
    ['en', 'She said "hello" : 16 GB', `She said "hello" : 16${n}GB`],
    ['en', 'A 2025 2026 rivalry? No.', `A 2025 2026 rivalry? No.`],
  ];
  for (const [locale, typed, shown] of cases) {
    test(`${locale}: ${JSON.stringify(typed)}`, () => assert.equal(typeset(typed, locale), shown));
  }

  test('typesetting twice changes nothing', () => {
    for (const [locale, typed] of cases) assert.equal(typeset(typeset(typed, locale), locale), typeset(typed, locale));
  });

  test('English and the others keep their own spacing before punctuation', () => {
    assert.equal(typeset('Really? Yes!', 'en'), 'Really? Yes!');
    assert.equal(typeset('Wirklich?', 'de'), 'Wirklich?');
  });
});

describe('what typesetting cannot fix, content:check refuses', () => {
  const cases: [Parameters<typeof typographyProblems>[1], string, number][] = [
    ['fr', 'Un MacBook Air 13" (M5)', 0],
    ['fr', 'Il dit "oui"', 1],
    ['fr', 'Vraiment ? Oui !', 0],
    ['fr', 'Vraiment? Oui!', 1],
    ['fr', 'Voir la page ?', 0],
    ['en', 'He said "yes"! Really?', 0],
    ['de', 'Er sagt „ja“.', 0],
    ['de', 'Er sagt "ja".', 1],
    ['it', 'Dice "sì".', 1],
  ];
  for (const [locale, text, count] of cases) {
    test(`${locale}: ${JSON.stringify(text)} → ${count} problem(s)`, () => assert.equal(typographyProblems(text, locale).length, count));
  }
});
