/**
 * A small reader of the figures a verdict quotes (prices, battery hours, refresh rates,
 * weights), in French and English, so that content:check can compare them with the
 * device's data. It understands what a reader would: "moins de 450 euros" is a ceiling,
 * "350 euros de moins" a difference (not checked), "plus de quinze heures" a floor.
 */

export type FigureKind = 'price' | 'hours' | 'refresh' | 'weight';
/** How the sentence relates the figure to the device: about it, at most, at least. */
export type Relation = 'about' | 'atMost' | 'atLeast';

export interface Figure {
  kind: FigureKind;
  /** Euros, hours, hertz or grams. */
  value: number;
  relation: Relation;
  /** The words as written, for the message. */
  text: string;
}

export type VerdictLocale = 'fr' | 'en';

const frWords: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, 'vingt-quatre': 24, trente: 30,
};
const enWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24, thirty: 30,
};

const spaces = '[ \\u00a0\\u202f]';
const numbers: Record<VerdictLocale, string> = {
  // "1 199", "13,2", "599"; thousands may be grouped with a (narrow) no-break space.
  fr: `\\d{1,3}(?:${spaces}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`,
  // "1,199", "13.2", "599".
  en: `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`,
};
const words = (l: VerdictLocale) =>
  Object.keys(l === 'fr' ? frWords : enWords)
    .sort((a, b) => b.length - a.length)
    .join('|');

function toNumber(raw: string, locale: VerdictLocale): number {
  const lower = raw.toLowerCase();
  const word = (locale === 'fr' ? frWords : enWords)[lower];
  if (word !== undefined) return word;
  const plain = locale === 'fr' ? raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.') : raw.replace(/,/g, '');
  return Number(plain);
}

const units: Record<VerdictLocale, { kind: FigureKind; pattern: string; scale?: number }[]> = {
  fr: [
    { kind: 'price', pattern: '(?:€|euros?\\b|EUR\\b)' },
    { kind: 'hours', pattern: '(?:heures?\\b|h\\b(?:' + spaces + '?(\\d{2})\\b)?)' },
    { kind: 'refresh', pattern: 'Hz\\b' },
    { kind: 'weight', pattern: '(?:kg\\b|kilos?\\b|kilogrammes?\\b)', scale: 1000 },
    { kind: 'weight', pattern: '(?:g\\b|grammes?\\b)' },
  ],
  en: [
    { kind: 'price', pattern: '(?:€|euros?\\b|EUR\\b)' },
    { kind: 'hours', pattern: '(?:hours?\\b|hrs?\\b|h\\b(?:' + spaces + '?(\\d{2})\\b)?)' },
    { kind: 'refresh', pattern: 'Hz\\b' },
    { kind: 'weight', pattern: '(?:kg\\b|kilos?\\b|kilograms?\\b)', scale: 1000 },
    { kind: 'weight', pattern: '(?:g\\b|grams?\\b)' },
  ],
};

const before: Record<VerdictLocale, { atMost: RegExp; atLeast: RegExp; skip: RegExp }> = {
  fr: {
    atMost: /(?:moins d[e']|sous(?: les| la barre d[e']s?)?|inférieure? à|au plus|pas plus d[e'])\s*$/,
    atLeast: /(?:plus d[e']|au moins|au-delà d[e']s?|dépasse|dépassant|supérieure? à)\s*$/,
    // A saving or an old price is not the current price.
    skip: /(?:économiser|économie d[e']|remise d[e']|rabais d[e']|réduction d[e']|lancée? à|au lancement à|au lieu d[e']|contre|autrefois|initialement)\s*$/,
  },
  en: {
    atMost: /(?:under|less than|below|at most|no more than|sub-|under the)\s*$/,
    atLeast: /(?:over|more than|at least|above|beyond|exceeds?|upwards of)\s*$/,
    skip: /(?:save|saving|discount of|launched at|launched for|at launch for|down from|instead of|versus|against|originally)\s*$/,
  },
};
const difference: Record<VerdictLocale, RegExp> = {
  fr: /^\s*(?:de moins|de plus|d'écart|de remise|de réduction|d'économie)/,
  en: /^\s*(?:less|more|cheaper|off|extra|saving)/,
};
/** Charging times are hours too, but not battery life. */
const charging: Record<VerdictLocale, RegExp> = {
  fr: /(?:charge|recharg)\S*\s+(?:\S+\s+){0,2}$/,
  en: /charg\S*\s+(?:\S+\s+){0,2}$/,
};

/** Every checkable figure a verdict quotes. */
export function verdictFigures(text: string, locale: VerdictLocale): Figure[] {
  const normalized = text.replace(/[’‘]/g, "'");
  const found: Figure[] = [];
  for (const unit of units[locale]) {
    // Case-sensitive on purpose: "5G" is a network, not five grams; "16 Go" is storage.
    const re = new RegExp(`\\b(${numbers[locale]}|${words(locale)})${spaces}?${unit.pattern}`, 'g');
    const matches: { index: number; length: number; value: number }[] = [];
    for (const m of normalized.matchAll(re)) {
      let value = toNumber(m[1]!, locale) * (unit.scale ?? 1);
      if (unit.kind === 'hours' && m[2]) value += Number(m[2]) / 60;
      if (!Number.isNaN(value)) matches.push({ index: m.index, length: m[0].length, value });
    }
    // English also writes the sign first: "€1,199".
    if (unit.kind === 'price')
      for (const m of normalized.matchAll(new RegExp(`€${spaces}?(${numbers[locale]})\\b`, 'g')))
        matches.push({ index: m.index, length: m[0].length, value: toNumber(m[1]!, locale) });
    for (const { index, length, value } of matches) {
      const head = normalized.slice(Math.max(0, index - 60), index).toLowerCase();
      const tail = normalized.slice(index + length, index + length + 20).toLowerCase();
      if (difference[locale].test(tail)) continue;
      if (unit.kind === 'price' && before[locale].skip.test(head)) continue;
      if (unit.kind === 'hours' && charging[locale].test(head)) continue;
      const relation: Relation = before[locale].atMost.test(head) ? 'atMost' : before[locale].atLeast.test(head) ? 'atLeast' : 'about';
      found.push({ kind: unit.kind, value, relation, text: normalized.slice(index, index + length).trim() });
    }
  }
  return found;
}

/** What a figure is checked against; an absent field is simply not checked. */
export interface CheckableDevice {
  price: number;
  batteryHours?: number;
  refreshRates: number[];
  weight?: number;
}

const tolerance: Record<FigureKind, number> = { price: 0.05, hours: 0.1, refresh: 0, weight: 0.05 };

/** Contradictions between a verdict and the device, as sentences for content:check. */
export function verdictContradictions(text: string, locale: VerdictLocale, device: CheckableDevice): string[] {
  const problems: string[] = [];
  for (const f of verdictFigures(text, locale)) {
    if (f.kind === 'refresh') {
      if (f.relation === 'about' && !device.refreshRates.includes(f.value))
        problems.push(`says "${f.text}" but the device's screen runs at ${device.refreshRates.map((r) => `${r} Hz`).join(' or ')}`);
      continue;
    }
    const actual = f.kind === 'price' ? device.price : f.kind === 'hours' ? device.batteryHours : device.weight;
    if (actual === undefined) continue;
    const t = tolerance[f.kind];
    const ok =
      f.relation === 'atMost' ? actual <= f.value * (1 + t) : f.relation === 'atLeast' ? actual >= f.value * (1 - t) : Math.abs(f.value - actual) <= actual * t;
    if (ok) continue;
    const what =
      f.kind === 'price'
        ? `the current price is ${actual} €`
        : f.kind === 'hours'
          ? `the measured battery life is ${actual} h`
          : `the device weighs ${actual} g`;
    problems.push(`says "${f.text}" but ${what} (more than ${Math.round(t * 100)} % apart)`);
  }
  return problems;
}
