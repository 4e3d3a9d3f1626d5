import type { Locale } from '@/i18n/locales';
import type {
  AllLocalesText,
  Author,
  Criterion,
  DeviceFile,
  DeviceKind,
  LabTest,
  LocalizedText,
  MethodologyFile,
  PriceObservation,
  RankingFile,
  Source,
  StoryType,
  Topic,
} from './schemas';

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

/** A picture of a story, as pages show it; `abs` is where the file is read from (app/images). */
export interface StoryImage {
  url: string;
  abs: string;
  alt: AllLocalesText;
  credit: string;
  width: number;
  height: number;
  /** Smaller versions of the same picture, for `srcset`. */
  variants: { url: string; abs: string; width: number }[];
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
  image?: StoryImage;
  originalLocale: Locale;
  versions: Partial<Record<Locale, StoryVersion>>;
}

/**
 * A catalogue device as pages see it: the file's fields, with `prices` sorted newest first
 * and `price`, the latest observed amount in euros, for lists and filters.
 */
export type Device = DeviceFile & { price: number; prices: PriceObservation[] };
export type Laptop = Extract<Device, { kind: 'laptop' }>;
export type Tablet = Extract<Device, { kind: 'tablet' }>;
export type Smartphone = Extract<Device, { kind: 'smartphone' }>;
export type Monitor = Extract<Device, { kind: 'monitor' }>;

/** One version of a form factor's method, with the weights that applied then. */
export interface MethodVersion {
  version: string;
  /** The day it came into force, `YYYY-MM-DD`. */
  date: string;
  changes: AllLocalesText;
  /** Criterion id → weight; they sum to 100. */
  weights: Record<string, number>;
}

export interface Methodology extends Omit<MethodologyFile, 'changelog'> {
  /** Every version, newest first; the first is the current one. */
  versions: MethodVersion[];
  criteria: Criterion[];
  tests: LabTest[];
}

/** A device's score with what a badge needs to say about its method. */
export interface DeviceScore {
  method: string;
  tested: string;
  criteria: Record<string, number>;
  rating: number;
  /** False when the score was given under an older version of the method. */
  current: boolean;
}

export interface RankingEntry {
  rank: number;
  device: Device;
  /** The device's stated rating (from its score). */
  rating: number;
  /** `null` when the device is new to the list at this update. */
  previousRank: number | null;
  verdict: LocalizedText;
  /** Why the device moved or entered at this update. */
  reason?: AllLocalesText;
  /** The id of the newest review of this device, if any. */
  reviewId?: string;
}

export interface RankingExit {
  device: Device;
  previousRank: number;
  /** Always given for the current update; optional in older ones. */
  reason?: LocalizedText;
}

/** One published version of a ranking: the current one or an earlier one. */
export interface RankingUpdate {
  date: string;
  summary: AllLocalesText;
  entries: { rank: number; device: Device; previousRank: number | null; reason?: LocalizedText }[];
  left: RankingExit[];
}

export interface Ranking extends Omit<RankingFile, 'entries' | 'left' | 'history'> {
  id: string;
  entries: RankingEntry[];
  left: (RankingExit & { reason: AllLocalesText })[];
  /** Earlier published versions, newest first, each with its moves, entries and exits resolved. */
  history: RankingUpdate[];
}

/** A device's place in one ranking at one update; `rank` is null when it was not listed. */
export interface RankPoint {
  rankingId: string;
  date: string;
  rank: number | null;
}

export type { Author, DeviceKind, Topic };
