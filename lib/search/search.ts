import MiniSearch, { type Query } from 'minisearch';
import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device, Story } from '@/lib/content/model';

/**
 * Site search with MiniSearch. One story index per locale (each story in the version that
 * locale shows) and one device index, built on first use from the content index passed in
 * and kept with it (one per content index, so once per process on the server).
 * Matching ignores case and accents, takes prefixes as the reader types, and forgives a
 * typo in longer words; the headline weighs most.
 *
 * The work a query can ask for is bounded, because anyone can send one: the query is cut
 * to `maxQueryLength` characters and `maxTerms` distinct words; a word is matched as a
 * prefix only from `minPrefix` letters (a one-letter prefix matches half the archive);
 * a word of `minFuzzy` letters or more forgives one edit, or two neighbouring letters
 * swapped (`nvidai` finds Nvidia), the swaps being looked up exactly.
 */

export const maxQueryLength = 100;
export const maxTerms = 6;
const minPrefix = 3;
const minFuzzy = 5;
/** Longer words are not real words; looking up their swaps would cost for nothing. */
const maxTermLength = 24;

/** Lower case without accents: `Écran` and `ecran` are the same word. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();
}

const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const searchOptions = {
  prefix: (term: string) => term.length >= minPrefix,
  fuzzy: (term: string) => (term.length >= minFuzzy ? 1 : false),
  combineWith: 'AND' as const,
};

/** `nvidai` → `invdai`, `nivdai`, …, `nvidia`: each word with two neighbouring letters swapped. */
export function transpositions(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}

/** The distinct words of a query, normalized, within the bounds above. */
export function queryTerms(query: string): string[] {
  const words = tokenize(query.slice(0, maxQueryLength)).map(normalize);
  return [...new Set(words)].filter((w) => w.length <= maxTermLength).slice(0, maxTerms);
}

/** All the words must match; each one as typed (prefix, one edit) or with two letters swapped. */
function expression(terms: string[]): Query {
  return {
    combineWith: 'AND',
    queries: terms.map((t) =>
      t.length >= minFuzzy ? { combineWith: 'OR', queries: [t, { queries: transpositions(t), combineWith: 'OR', prefix: false, fuzzy: false }] } : t,
    ),
  };
}

interface StoryDoc {
  id: string;
  title: string;
  lead: string;
  body: string;
  topics: string;
  device: string;
}

interface DeviceDoc {
  id: string;
  name: string;
  kind: string;
}

function storyIndex(content: ContentIndex, locale: Locale): MiniSearch<StoryDoc> {
  const index = new MiniSearch<StoryDoc>({
    fields: ['title', 'lead', 'body', 'topics', 'device'],
    tokenize,
    processTerm: (term) => normalize(term),
    searchOptions: { ...searchOptions, boost: { title: 4, device: 3, lead: 2, topics: 1.5, body: 1 } },
  });
  index.addAll(
    content.stories.map((s) => {
      const { version } = content.localize(s, locale);
      const device = s.deviceId ? content.device(s.deviceId) : undefined;
      return {
        id: s.id,
        title: version.title,
        lead: version.lead,
        body: version.body,
        topics: s.topicIds.map((t) => content.topic(t)?.name[locale] ?? '').join(' '),
        device: device ? deviceName(device) : '',
      };
    }),
  );
  return index;
}

function deviceIndex(content: ContentIndex): MiniSearch<DeviceDoc> {
  const index = new MiniSearch<DeviceDoc>({ fields: ['name'], tokenize, processTerm: (term) => normalize(term), searchOptions });
  index.addAll(content.devices.map((d) => ({ id: d.id, name: deviceName(d), kind: d.kind })));
  return index;
}

export interface SearchResults {
  stories: Story[];
  devices: Device[];
  /** The index terms that matched, normalized, for highlighting. */
  terms: string[];
}

interface Indexes {
  stories: Map<Locale, MiniSearch<StoryDoc>>;
  devices?: MiniSearch<DeviceDoc>;
}
const built = new WeakMap<ContentIndex, Indexes>();

export function search(content: ContentIndex, locale: Locale, query: string): SearchResults {
  const words = queryTerms(query);
  if (words.length === 0) return { stories: [], devices: [], terms: [] };
  const q = expression(words);
  let indexes = built.get(content);
  if (!indexes) built.set(content, (indexes = { stories: new Map() }));
  let stories = indexes.stories.get(locale);
  if (!stories) indexes.stories.set(locale, (stories = storyIndex(content, locale)));
  indexes.devices ??= deviceIndex(content);
  const storyHits = stories.search(q);
  const deviceHits = indexes.devices.search(q);
  const terms = new Set<string>();
  for (const hit of [...storyHits, ...deviceHits]) hit.terms.forEach((t) => terms.add(t));
  for (const t of words) terms.add(t);
  return {
    stories: storyHits.map((h) => content.story(String(h.id))!).filter(Boolean),
    devices: deviceHits.map((h) => content.device(String(h.id))!).filter(Boolean),
    terms: [...terms],
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
