import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device, Story } from '@/lib/content/model';
import { buildTermIndex, searchTerms, type ExpandOptions, type TermIndex } from './term-index';
import { normalize, words } from './words';

export { transpositions } from './term-index';
export { normalize, words } from './words';

/**
 * Site search. One story index per locale (each story in the version that locale shows)
 * and one device index, built on first use from the content index passed in and kept with
 * it (one per content index, so once per process on the server). Matching ignores case and
 * accents, takes prefixes as the reader types, and forgives a typo in longer words; every
 * word must match, and the headline weighs most.
 *
 * The work a query can ask for is bounded, because anyone can send one: the query is cut
 * to `maxQueryLength` characters and `maxTerms` distinct words; a word is matched as a
 * prefix only from `minPrefix` letters (a one-letter prefix matches half the archive);
 * a word of `minFuzzy` letters or more forgives one edit, or two neighbouring letters
 * swapped (`nvidai` finds Nvidia); and each word stands for a bounded number of index
 * words (term-index.ts), so the worst query costs a few loops over the archive.
 */

export const maxQueryLength = 100;
export const maxTerms = 6;
const expandOptions: ExpandOptions = { minPrefix: 3, minFuzzy: 5 };
/** Longer words are not real words; looking up their neighbours would cost for nothing. */
const maxTermLength = 24;

/** The distinct words of a query, normalized, within the bounds above. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query.slice(0, maxQueryLength)))].filter((w) => w.length <= maxTermLength).slice(0, maxTerms);
}

function storyIndex(content: ContentIndex, locale: Locale): TermIndex {
  const docs = content.stories.map((s) => {
    const { version } = content.localize(s, locale);
    const device = s.deviceId ? content.device(s.deviceId) : undefined;
    return {
      title: version.title,
      lead: version.lead,
      body: version.body,
      topics: s.topicIds.map((t) => content.topic(t)?.name[locale] ?? '').join(' '),
      device: device ? deviceName(device) : '',
    };
  });
  type Doc = (typeof docs)[number];
  const field = (name: keyof Doc, boost: number) => ({ text: (d: Doc) => d[name], boost });
  return buildTermIndex(docs, [field('title', 4), field('device', 3), field('lead', 2), field('topics', 1.5), field('body', 1)], words);
}

const deviceIndex = (content: ContentIndex): TermIndex => buildTermIndex(content.devices, [{ text: deviceName, boost: 1 }], words);

export interface SearchResults {
  stories: Story[];
  devices: Device[];
  /** The index terms that matched, normalized, for highlighting. */
  terms: string[];
}

interface Indexes {
  stories: Map<Locale, TermIndex>;
  devices?: TermIndex;
}
const built = new WeakMap<ContentIndex, Indexes>();

export function search(content: ContentIndex, locale: Locale, query: string): SearchResults {
  const terms = queryTerms(query);
  if (terms.length === 0) return { stories: [], devices: [], terms: [] };
  let indexes = built.get(content);
  if (!indexes) built.set(content, (indexes = { stories: new Map() }));
  let stories = indexes.stories.get(locale);
  if (!stories) indexes.stories.set(locale, (stories = storyIndex(content, locale)));
  indexes.devices ??= deviceIndex(content);
  const storyHits = searchTerms(stories, terms, expandOptions);
  const deviceHits = searchTerms(indexes.devices, terms, expandOptions);
  return {
    stories: storyHits.docs.map((d) => content.stories[d]!),
    devices: deviceHits.docs.map((d) => content.devices[d]!),
    terms: [...new Set([...storyHits.words, ...deviceHits.words, ...terms])],
  };
}

/**
 * Splits a text into pieces, marking the words that match a search term (exactly, or as
 * the start of a longer word). Rendered as React text, never as HTML.
 */
export function highlight(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (terms.length === 0) return [{ text, match: false }];
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .filter((part) => part !== '')
    .map((part) => {
      const n = normalize(part);
      return { text: part, match: /[\p{L}\p{N}]/u.test(part) && terms.some((t) => t.length >= 2 && (n === t || n.startsWith(t))) };
    });
}
