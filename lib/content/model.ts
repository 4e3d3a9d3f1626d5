import type { Locale } from '@/i18n/locales';
import type { Author, Device, LocalizedText, RankingFile, Source, StoryType, Topic } from './schemas';

/** One problem found in the content, precise enough for an editor to fix it without searching. */
export interface ContentProblem {
  /** Path relative to the project, e.g. `content/rankings/tablets.yaml`. */
  file: string;
  /** Field path inside the file, e.g. `entries[3].rank`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`;
}

/** One language version of a story: the original or a translation. */
export interface StoryVersion {
  locale: Locale;
  slug: string;
  title: string;
  /** For the browser tab and search results, when the headline is longer than they show. */
  shortTitle?: string;
  lead: string;
  /** Raw Markdown; rendered on demand so that loading the index stays cheap. */
  body: string;
  aliases: string[];
  updated?: string;
  pros?: string[];
  cons?: string[];
  isOriginal: boolean;
  file: string;
}

export interface Story {
  id: string;
  type: StoryType;
  authorId: string;
  topicIds: string[];
  published: string;
  sources: Source[];
  deviceId?: string;
  rating?: number;
  originalLocale: Locale;
  versions: Partial<Record<Locale, StoryVersion>>;
}

export interface RankingEntry {
  rank: number;
  device: Device;
  rating: number;
  /** `null` when the device is new to the list at this update. */
  previousRank: number | null;
  verdict: LocalizedText;
  /** The id of the newest review of this device, if any. */
  reviewId?: string;
}

export interface Ranking extends Omit<RankingFile, 'entries' | 'left'> {
  id: string;
  entries: RankingEntry[];
  left: { device: Device; previousRank: number }[];
}

export type { Author, Device, Topic };
