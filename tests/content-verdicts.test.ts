import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { verdictContradictions, verdictFigures, type VerdictLocale } from '@/lib/content/verdict-figures';

const device = { price: 1599, batteryHours: 13.2, refreshRates: [120], weight: 986 };

describe('verdict figures', () => {
  // What the reader understands, and so what the parser must find.
  const reads: { text: string; locale: VerdictLocale; expect: { kind: string; value: number; relation: string }[] }[] = [
    { text: 'Un OLED 3,2K à 120 Hz pour moins de 1 000 euros.', locale: 'fr', expect: [{ kind: 'price', value: 1000, relation: 'atMost' }, { kind: 'refresh', value: 120, relation: 'about' }] },
    { text: 'A 3.2K 120 Hz OLED for under 1,000 euros.', locale: 'en', expect: [{ kind: 'price', value: 1000, relation: 'atMost' }, { kind: 'refresh', value: 120, relation: 'about' }] },
    { text: "Plus de quinze heures d'autonomie et moins d'un kilo.", locale: 'fr', expect: [{ kind: 'hours', value: 15, relation: 'atLeast' }, { kind: 'weight', value: 1000, relation: 'atMost' }] },
    { text: '13 h 10 à notre test, 1,24 kg.', locale: 'fr', expect: [{ kind: 'hours', value: 13 + 10 / 60, relation: 'about' }, { kind: 'weight', value: 1240, relation: 'about' }] },
    { text: 'Now €1,199 and 218 g.', locale: 'en', expect: [{ kind: 'price', value: 1199, relation: 'about' }, { kind: 'weight', value: 218, relation: 'about' }] },
    { text: 'Pour 350 euros de moins que le 13 pouces.', locale: 'fr', expect: [] },
    { text: "Lancé à 1 469 euros, il vaut aujourd'hui 949 euros.", locale: 'fr', expect: [{ kind: 'price', value: 949, relation: 'about' }] },
    { text: 'Il se recharge en une heure et tient 18 heures.', locale: 'fr', expect: [{ kind: 'hours', value: 18, relation: 'about' }] },
    { text: '5G, 16 Go et 4,47 GHz.', locale: 'fr', expect: [] },
    { text: "Un châssis sous les 2 kg.", locale: 'fr', expect: [{ kind: 'weight', value: 2000, relation: 'atMost' }] },
  ];
  for (const r of reads) {
    test(`reads "${r.text}"`, () => {
      assert.deepEqual(
        verdictFigures(r.text, r.locale).map(({ kind, value, relation }) => ({ kind, value, relation })),
        r.expect,
      );
    });
  }

  test('accepts figures that agree with the device, within the tolerances', () => {
    assert.deepEqual(verdictContradictions('13 h 10 à notre test, moins de 1 600 euros, 120 Hz, moins d\'un kilo.', 'fr', device), []);
    assert.deepEqual(verdictContradictions('Nearly 14 hours, about €1,549, 1 kg.', 'en', device), []);
  });

  test('names each contradiction', () => {
    assert.deepEqual(verdictContradictions("Plus de quinze heures d'autonomie, un écran 144 Hz, pour 1 299 euros.", 'fr', device), [
      'says "1 299 euros" but the current price is 1599 € (more than 5 % apart)',
      'says "quinze heures" but the measured battery life is 13.2 h (more than 10 % apart)',
      'says "144 Hz" but the device\'s screen runs at 120 Hz',
    ]);
    assert.deepEqual(verdictContradictions('Under 900 g.', 'en', device), ['says "900 g" but the device weighs 986 g (more than 5 % apart)']);
  });

  test('does not check what the device has no data for', () => {
    assert.deepEqual(verdictContradictions('Dix heures, 2 kg.', 'fr', { price: 500, refreshRates: [60] }), []);
  });
});
