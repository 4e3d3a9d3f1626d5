import MiniSearch from 'minisearch';
import type { Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import type { Device, Story } from '@/lib/content/model';

/**
 * Site search with MiniSearch. One story index per locale (each story in the version that
 * locale shows) and one device index, built once per process from the content layer.
 * Matching ignores case and accents, takes prefixes as the reader types, and forgives a
 * typo in longer words; the headline weighs most.
 */

export const maxQueryLength = 200;

/** Lower case without accents: `Écran` and `ecran` are the same word. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();
}

const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const searchOptions = {
  prefix: true,
  // One edit for words of five letters or more; short words must match (or prefix) exactly.
  fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
  combineWith: 'AND' as const,
};

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

const storyIndexes = new Map<Locale, MiniSearch<StoryDoc>>();
let deviceIndex: MiniSearch<DeviceDoc> | undefined;

function storyIndex(locale: Locale): MiniSearch<StoryDoc> {
  let index = storyIndexes.get(locale);
  if (!index) {
    const content = getContent();
    index = new MiniSearch<StoryDoc>({
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
          device: device ? `${device.brand} ${device.model}` : '',
        };
      }),
    );
    storyIndexes.set(locale, index);
  }
  return index;
}

function devices(): MiniSearch<DeviceDoc> {
  if (!deviceIndex) {
    deviceIndex = new MiniSearch<DeviceDoc>({
      fields: ['name'],
      tokenize,
      processTerm: (term) => normalize(term),
      searchOptions,
    });
    deviceIndex.addAll(getContent().devices.map((d) => ({ id: d.id, name: `${d.brand} ${d.model}`, kind: d.kind })));
  }
  return deviceIndex;
}

export interface SearchResults {
  stories: Story[];
  devices: Device[];
  /** The index terms that matched, normalized, for highlighting. */
  terms: string[];
}

export function search(locale: Locale, query: string): SearchResults {
  const q = query.trim();
  if (!q) return { stories: [], devices: [], terms: [] };
  const content = getContent();
  const storyHits = storyIndex(locale).search(q);
  const deviceHits = devices().search(q);
  const terms = new Set<string>();
  for (const hit of [...storyHits, ...deviceHits]) hit.terms.forEach((t) => terms.add(t));
  for (const t of tokenize(q)) terms.add(normalize(t));
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
