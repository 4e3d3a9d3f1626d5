import { locales, type Locale } from '@/i18n/locales';
import { methodVersions, sortPrices, without } from './catalogue';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { typesetContent } from './typeset-content';
import { readContent, type RawContent } from './files';
import {
  formatProblem,
  type Author,
  type ContentProblem,
  type Device,
  type DeviceScore,
  type Methodology,
  type RankPoint,
  type Ranking,
  type RankingExit,
  type RankingUpdate,
  type Story,
  type StoryImage,
  type StoryVersion,
  type Topic,
} from './model';
import type { DeviceKind, LocalizedText, RankingFile, StoryImageFile, StoryType } from './schemas';
import { validateContent, versionSlug } from './validate';

export class ContentError extends Error {
  constructor(public problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** What a slug in a URL resolves to: the thing, and whether the URL is already its canonical one. */
export interface Resolved<T> {
  item: T;
  /** The slug the item is published under in the requested locale. */
  slug: string;
  canonical: boolean;
}

/** The version of a story a locale shows: its translation, or the original when there is none. */
export interface LocalizedStory {
  story: Story;
  version: StoryVersion;
  /** True when the locale has no translation and the original is shown instead. */
  isFallback: boolean;
}

/**
 * A story's picture as pages use it: each file at an address that names its content
 * (`/images/<story>/<hash>-<file>`), so a browser or CDN may keep it forever, and a
 * corrected picture gets a new address.
 */
function storyImage(storyId: string, image: StoryImageFile, assets: { name: string; abs: string }[]): StoryImage {
  const url = (name: string) => {
    const abs = assets.find((a) => a.name === name)!.abs;
    const hash = createHash('sha256').update(fs.readFileSync(abs)).digest('hex').slice(0, 10);
    return { url: `/images/${storyId}/${hash}-${name}`, abs };
  };
  return {
    ...url(image.file),
    alt: image.alt,
    credit: image.credit,
    width: image.width,
    height: image.height,
    variants: image.variants.map((v) => ({ ...url(v.file), width: v.width })),
  };
}

const byNewest = (a: Story, b: Story) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id);

/**
 * The loaded content and every question pages ask of it. Built once per process; all
 * lookups are in memory, so a slug from a URL never touches the file system.
 */
export class ContentIndex {
  readonly authors: Author[];
  readonly topics: Topic[];
  readonly stories: Story[];
  readonly rankings: Ranking[];
  /** One per form factor, in the order laptop, tablet, smartphone, monitor. */
  readonly methodologies: Methodology[];
  /** Editor-featured comparisons, each 2–4 devices of one kind. */
  readonly comparisons: { devices: Device[] }[];
  private authorsById: Map<string, Author>;
  private topicsById: Map<string, Topic>;
  private devicesById: Map<string, Device>;
  private storiesById: Map<string, Story>;
  private rankingsById: Map<string, Ranking>;
  /** Per locale: every slug that leads to a story (live slugs, aliases, other locales' slugs). */
  private storySlugs: Map<Locale, Map<string, Story>>;
  private reviewsByDevice: Map<string, Story>;

  constructor(raw: RawContent) {
    this.authors = raw.authors.map((a) => a.item);
    this.topics = raw.topics.map((t) => t.item);
    this.authorsById = new Map(this.authors.map((a) => [a.id, a]));
    this.topicsById = new Map(this.topics.map((t) => [t.id, t]));
    this.devicesById = new Map(
      raw.devices.map(({ item }) => {
        const prices = sortPrices(item.prices);
        return [item.id, { ...item, prices, price: prices[0]!.amount } as Device];
      }),
    );
    const kindOrder: DeviceKind[] = ['laptop', 'tablet', 'smartphone', 'monitor'];
    this.methodologies = raw.methodologies
      .map(({ item }): Methodology => ({ ...without(item, 'changelog'), versions: methodVersions(item) }))
      .sort((a, b) => kindOrder.indexOf(a.formFactor) - kindOrder.indexOf(b.formFactor));
    this.comparisons = raw.comparisons.map(({ item }) => ({ devices: item.devices.map((id) => this.devicesById.get(id)!) }));

    this.stories = raw.stories
      .map(({ id, files, assets }): Story => {
        const original = files.find((f) => f.kind === 'original');
        if (!original || original.kind !== 'original') throw new Error(`story ${id} has no original`);
        const versions: Partial<Record<Locale, StoryVersion>> = {};
        for (const f of files) {
          versions[f.locale] = {
            locale: f.locale,
            slug: versionSlug(f),
            title: f.fm.title,
            shortTitle: f.fm.shortTitle,
            lead: f.fm.lead,
            body: f.body,
            aliases: f.fm.aliases,
            updated: f.fm.updated ?? (f.kind === 'original' ? undefined : original.fm.updated),
            pros: f.fm.pros,
            cons: f.fm.cons,
            isOriginal: f.kind === 'original',
            file: f.file,
          };
        }
        const fm = original.fm;
        return {
          id,
          type: fm.type,
          authorId: fm.author,
          topicIds: fm.topics,
          published: fm.published,
          sources: fm.sources,
          deviceId: fm.device,
          rating: fm.rating,
          image: fm.image ? storyImage(id, fm.image, assets) : undefined,
          originalLocale: original.locale,
          versions,
        };
      })
      .sort(byNewest);
    this.storiesById = new Map(this.stories.map((s) => [s.id, s]));

    this.reviewsByDevice = new Map();
    for (const s of this.stories) {
      // Stories are newest first, so the first review met is the current one.
      if (s.type === 'review' && s.deviceId && !this.reviewsByDevice.has(s.deviceId)) this.reviewsByDevice.set(s.deviceId, s);
    }

    // Live slugs win over aliases, which win over other locales' slugs.
    this.storySlugs = new Map(locales.map((l) => [l, new Map<string, Story>()]));
    for (const l of locales) {
      const map = this.storySlugs.get(l)!;
      const addIfFree = (slug: string, story: Story) => {
        if (!map.has(slug)) map.set(slug, story);
      };
      for (const s of this.stories) map.set(this.storySlug(s, l), s);
      for (const s of this.stories) s.versions[l]?.aliases.forEach((a) => addIfFree(a, s));
      for (const s of this.stories)
        for (const v of Object.values(s.versions)) {
          addIfFree(v.slug, s);
          v.aliases.forEach((a) => addIfFree(a, s));
        }
    }

    this.rankings = raw.rankings.map(({ id, item }) => this.buildRanking(id, item)).sort((a, b) => a.order - b.order);
    this.rankingsById = new Map(this.rankings.map((r) => [r.id, r]));
  }

  /** A ranking file with ranks, previous ranks, ratings, reviews and its history resolved. */
  private buildRanking(id: string, item: RankingFile): Ranking {
    const device = (deviceId: string) => this.devicesById.get(deviceId)!;
    const rankIn = (order: string[] | undefined, deviceId: string) => {
      const i = order?.indexOf(deviceId) ?? -1;
      return i < 0 ? null : i + 1;
    };
    const previous = item.history[0]?.order;
    const history = item.history.map((h, k): RankingUpdate => {
      const older = item.history[k + 1]?.order;
      const reason = (deviceId: string): LocalizedText | undefined => h.reasons[deviceId];
      return {
        date: h.date,
        summary: h.summary,
        entries: h.order.map((d, i) => ({ rank: i + 1, device: device(d), previousRank: rankIn(older, d), reason: reason(d) })),
        left: (older ?? [])
          .filter((d) => !h.order.includes(d))
          .map((d): RankingExit => ({ device: device(d), previousRank: rankIn(older, d)!, reason: reason(d) })),
      };
    });
    return {
      ...without(item, 'history'),
      id,
      entries: item.entries.map((e, i) => ({
        rank: i + 1,
        device: device(e.device),
        rating: device(e.device).score!.rating,
        previousRank: rankIn(previous, e.device),
        verdict: e.verdict,
        reason: e.reason,
        reviewId: this.reviewsByDevice.get(e.device)?.id,
      })),
      left: item.left.map((l) => ({ device: device(l.device), previousRank: rankIn(previous, l.device)!, reason: l.reason })),
      history,
    };
  }

  author(id: string): Author | undefined {
    return this.authorsById.get(id);
  }
  topic(id: string): Topic | undefined {
    return this.topicsById.get(id);
  }
  device(id: string): Device | undefined {
    return this.devicesById.get(id);
  }
  story(id: string): Story | undefined {
    return this.storiesById.get(id);
  }
  ranking(id: string): Ranking | undefined {
    return this.rankingsById.get(id);
  }
  get devices(): Device[] {
    return [...this.devicesById.values()];
  }

  /** The methodology of a form factor. */
  methodology(kind: DeviceKind): Methodology | undefined {
    return this.methodologies.find((m) => m.formFactor === kind);
  }

  resolveMethodology(locale: Locale, slug: string): Resolved<Methodology> | undefined {
    const own = this.methodologies.find((m) => m.slug[locale] === slug);
    if (own) return { item: own, slug, canonical: true };
    const other = this.methodologies.find((m) => Object.values(m.slug).includes(slug) || m.formFactor === slug);
    return other && { item: other, slug: other.slug[locale], canonical: false };
  }

  /** A device's score, and whether it was given under the current version of its method. */
  scoreOf(deviceId: string): DeviceScore | undefined {
    const device = this.devicesById.get(deviceId);
    if (!device?.score) return undefined;
    return { ...device.score, current: device.score.method === this.methodology(device.kind)?.version };
  }

  /**
   * Every published version of a ranking, newest first: the current one, then its history.
   * Handy for a history page or a feed.
   */
  rankingUpdates(rankingId: string): RankingUpdate[] {
    const r = this.rankingsById.get(rankingId);
    if (!r) return [];
    const current: RankingUpdate = {
      date: r.updated,
      summary: r.summary,
      entries: r.entries.map((e) => ({ rank: e.rank, device: e.device, previousRank: e.previousRank, reason: e.reason })),
      left: r.left,
    };
    return [current, ...r.history];
  }

  /**
   * A device's rank at every published update of every ranking it has appeared in, oldest
   * first within each ranking (rankings in menu order); `rank` is null at updates where it
   * was not listed.
   */
  rankTimeline(deviceId: string): RankPoint[] {
    return this.rankings.flatMap((r) => {
      const updates = this.rankingUpdates(r.id).reverse();
      if (!updates.some((u) => u.entries.some((e) => e.device.id === deviceId))) return [];
      return updates.map((u) => ({ rankingId: r.id, date: u.date, rank: u.entries.find((e) => e.device.id === deviceId)?.rank ?? null }));
    });
  }

  /** The featured comparisons that include a device. */
  comparisonsOf(deviceId: string): { devices: Device[] }[] {
    return this.comparisons.filter((c) => c.devices.some((d) => d.id === deviceId));
  }

  /** The slug of a story in a locale: its translation's, or the original's when untranslated. */
  storySlug(story: Story, locale: Locale): string {
    return (story.versions[locale] ?? story.versions[story.originalLocale]!).slug;
  }

  localize(story: Story, locale: Locale): LocalizedStory {
    const own = story.versions[locale];
    return own
      ? { story, version: own, isFallback: false }
      : { story, version: story.versions[story.originalLocale]!, isFallback: true };
  }

  /** The locales a story was really written or translated in. */
  storyLocales(story: Story): Locale[] {
    return locales.filter((l) => story.versions[l]);
  }

  /** Stories newest first, every story in every locale (untranslated ones in their original). */
  listStories(filter: { type?: StoryType; topicId?: string; authorId?: string } = {}): Story[] {
    return this.stories.filter(
      (s) =>
        (!filter.type || s.type === filter.type) &&
        (!filter.topicId || s.topicIds.includes(filter.topicId)) &&
        (!filter.authorId || s.authorId === filter.authorId),
    );
  }

  /** Looks a URL slug up; a former or other-locale slug resolves with `canonical: false`. */
  resolveStory(locale: Locale, slug: string): Resolved<Story> | undefined {
    const story = this.storySlugs.get(locale)?.get(slug);
    if (!story) return undefined;
    const live = this.storySlug(story, locale);
    return { item: story, slug: live, canonical: live === slug };
  }

  resolveTopic(locale: Locale, slug: string): Resolved<Topic> | undefined {
    const own = this.topics.find((t) => t.slug[locale] === slug);
    if (own) return { item: own, slug, canonical: true };
    const other = this.topics.find((t) => Object.values(t.slug).includes(slug));
    return other && { item: other, slug: other.slug[locale], canonical: false };
  }

  resolveRanking(locale: Locale, slug: string): Resolved<Ranking> | undefined {
    const own = this.rankings.find((r) => r.slug[locale] === slug);
    if (own) return { item: own, slug, canonical: true };
    const other = this.rankings.find((r) => Object.values(r.slug).includes(slug) || r.id === slug);
    return other && { item: other, slug: other.slug[locale], canonical: false };
  }

  /** The current review of a device, if the newsroom has one. */
  reviewOf(deviceId: string): Story | undefined {
    return this.reviewsByDevice.get(deviceId);
  }

  /** The rankings a device appears in, with its rank in each. */
  rankingsOf(deviceId: string): { ranking: Ranking; rank: number }[] {
    return this.rankings.flatMap((r) => {
      const e = r.entries.find((x) => x.device.id === deviceId);
      return e ? [{ ranking: r, rank: e.rank }] : [];
    });
  }

  /** Other stories sharing at least one topic, newest first. */
  related(story: Story, count: number): Story[] {
    return this.stories
      .filter((s) => s.id !== story.id && s.topicIds.some((t) => story.topicIds.includes(t)))
      .slice(0, count);
  }
}

/**
 * Reads, validates and indexes a content folder. Problems are returned, never thrown.
 * `now` is the moment nothing may be dated after (tests pin it).
 */
export function loadContent(root: string, label?: string, options: { now?: Date } = {}): { index?: ContentIndex; problems: ContentProblem[] } {
  const { raw, problems } = readContent(root, label);
  problems.push(...validateContent(raw, options.now));
  if (problems.length > 0) return { problems };
  return { index: new ContentIndex(typesetContent(raw)), problems };
}
