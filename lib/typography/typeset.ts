/**
 * The spaces and quotes of each language, applied when text is rendered: editors and
 * translators type ordinary spaces and the site makes them right.
 *
 * French: a narrow no-break space (U+202F) before `;`, `!`, `?` and `%` and inside « »,
 * a no-break space (U+00A0) before `:`, in thousands groups (`1 199`) and between a
 * number and its unit (`16 Go`, `13 h 10`, `120 Hz`). The other languages: no-break spaces
 * in thousands groups and between a number and its unit. Quotation marks are the
 * editors' (German „…“, French, Spanish and Italian « », English “…” or "…"): rendering
 * cannot tell an opening quote from a closing one, or from an inch mark, so content:check
 * refuses straight quotes where the language has its own (lib/content/validate-typography.ts).
 * Pure and idempotent: typesetting twice changes nothing.
 */

export type TypeLocale = 'fr' | 'en' | 'de' | 'es' | 'it';

export const nbsp = '\u00a0';
export const narrowNbsp = '\u202f';

/** Units that follow a number, as the newsroom writes them (longest first where one is a prefix of another). */
const units = [
  'cd/m²', 'dB\\(A\\)', 'dB', 'Gbit/s', 'Mbit/s', 'Go/s', 'GB/s', 'To', 'Go', 'Mo', 'TB', 'GB', 'MB', 'Ko', 'KB',
  'GHz', 'MHz', 'kHz', 'Hz', 'mAh', 'Wh', 'kW', 'W', 'TOPS', 'TOPs', 'nits', 'ms', 'min', 'h', 's', 'mm', 'cm', 'kg', 'g', '°C', '°',
  'pouces', 'Zoll', 'pulgadas', 'pollici', 'inches', 'cœurs', 'coeurs', 'Kerne', 'núcleos', 'core', 'cores', 'threads',
  'euros', 'euro', 'Euro', '€', 'dollars', 'Dollar', 'dólares', 'dollari', '\\$', 'fps', 'Mpx', 'MP', 'px', 'ppp', 'ppi', 'nm', 'Go\\b',
];
// A number, or the `{placeholder}` of a message that will hold one.
const unitAfterNumber = new RegExp(`([\\d}]) (?=(?:${units.join('|')})(?![\\p{L}\\p{N}]))`, 'gu');
/** `1 199`, `12 345 678`: groups of three digits after a space, and not a year range or a list. */
const thousands = /(\d) (?=\d{3}(?!\d))/g;

export function typeset(text: string, locale: TypeLocale): string {
  let out = text.replace(thousands, `$1${nbsp}`).replace(unitAfterNumber, `$1${nbsp}`);
  if (locale === 'fr') {
    out = out
      // Where the editor typed a space, French wants it narrow and unbreakable; `?q=` in a URL has none.
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${narrowNbsp}$1`)
      .replace(/([\d}])[ \u00a0\u202f]*%/g, `$1${narrowNbsp}%`)
      .replace(/[ \u00a0\u202f]+:/g, `${nbsp}:`)
      .replace(/«[ \u00a0\u202f]*/g, `«${narrowNbsp}`)
      .replace(/[ \u00a0\u202f]*»/g, `${narrowNbsp}»`);
  }
  return out;
}
