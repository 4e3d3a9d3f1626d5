import { z } from 'zod';
import { locales } from '@/i18n/locales';
import { slugPattern } from './slug';

/**
 * The shape of every file editors write. Types used across the site are inferred from
 * these schemas; cross-file rules (references, uniqueness, rank order) live in validate.ts.
 */

const slug = z
  .string()
  .regex(slugPattern, 'must be ASCII lower case words joined by single hyphens (e.g. "mon-article")');
const id = slug;

/** ISO 8601 with an explicit offset: a date without a time zone would be read differently per server. */
export const isoDate = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with a time zone, e.g. "2026-01-30T08:30:00+01:00"',
});

const text = z.string().trim().min(1, 'must not be empty');
const localeEnum = z.enum(locales);

/** A text in every locale. */
const allLocales = z.object(Object.fromEntries(locales.map((l) => [l, text])) as Record<(typeof locales)[number], typeof text>);
/** French and English are required; other locales fall back to them. */
const frEnAtLeast = z.object({ fr: text, en: text, de: text.optional(), es: text.optional(), it: text.optional() });

const rating = z.number().int('must be a whole number').min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');
const price = z.number().positive('must be a positive price in euros');

export const authorSchema = z.object({
  id,
  name: text,
  role: allLocales,
  bio: frEnAtLeast,
});
export const authorsFileSchema = z.array(authorSchema);

export const topicSchema = z.object({
  id,
  name: allLocales,
  slug: z.object(Object.fromEntries(locales.map((l) => [l, slug])) as Record<(typeof locales)[number], typeof slug>),
});
export const topicsFileSchema = z.array(topicSchema);

/** A calendar day, `YYYY-MM-DD`: when a source was published (no time, no zone: it names the day on the source itself). */
const calendarDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date like "2026-01-29"')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    // A malformed string is the regex's to report; a 30 February rolls over to March here.
    return !/^\d{4}-\d{2}-\d{2}$/.test(d) || (!Number.isNaN(t) && new Date(t).toISOString().startsWith(d));
  }, 'is not a real calendar date');

/**
 * Where a story's facts come from. Link the article itself when its address is known; otherwise
 * name the publication and the day it published, without a link (never a guessed URL).
 * `content:check` also refuses a `url` that is only a site's home page (see validate.ts).
 */
const sourceSchema = z
  .object({
    name: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    date: calendarDay.optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.date !== undefined, {
    message: 'a source needs the url of the article itself or, when that is not known, the date it was published ("2026-01-29")',
  });
const points = z.array(text).min(1).max(6);

/** Front matter of the original version of a story. */
export const originalFrontMatterSchema = z
  .object({
    type: z.enum(['news', 'review']),
    title: text,
    slug: slug.optional(),
    lead: text,
    author: id,
    topics: z.array(id).min(1, 'must list at least one topic'),
    published: isoDate,
    updated: isoDate.optional(),
    sources: z.array(sourceSchema).default([]),
    aliases: z.array(slug).default([]),
    device: id.optional(),
    rating: rating.optional(),
    pros: points.optional(),
    cons: points.optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    if (fm.type === 'review') {
      if (!fm.device) ctx.addIssue({ code: 'custom', path: ['device'], message: 'a review must name the device it rates' });
      if (fm.rating === undefined) ctx.addIssue({ code: 'custom', path: ['rating'], message: 'a review must give a rating' });
    } else {
      if (fm.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a news story must cite at least one source' });
      if (fm.device || fm.rating !== undefined)
        ctx.addIssue({ code: 'custom', path: [fm.device ? 'device' : 'rating'], message: 'only reviews rate a device' });
    }
  });

/** Front matter of a translation: the story's facts (type, topics, sources…) stay with the original. */
export const translationFrontMatterSchema = z
  .object({
    translatedFrom: localeEnum,
    title: text,
    slug: slug.optional(),
    lead: text,
    updated: isoDate.optional(),
    aliases: z.array(slug).default([]),
    author: id.optional(),
    published: isoDate.optional(),
    pros: points.optional(),
    cons: points.optional(),
  })
  .strict();

const screenSchema = z.object({
  size: z.number().positive(),
  resolution: z.string().regex(/^\d{3,5}x\d{3,5}$/, 'must look like 2560x1600'),
  refresh: z.number().int().positive(),
  panel: text,
});

const deviceBase = {
  id,
  brand: text,
  model: text,
  price,
  released: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like "2025-03"'),
};

export const laptopSchema = z
  .object({
    ...deviceBase,
    kind: z.literal('laptop'),
    specs: z
      .object({
        cpu: text,
        gpu: text,
        ram: z.number().int().positive(),
        storage: z.number().int().positive(),
        screen: screenSchema,
        weight: z.number().int().positive(),
        battery: z.number().positive(),
        os: text,
      })
      .strict(),
  })
  .strict();

const mobileSpecs = z
  .object({
    chip: text,
    storage: z.number().int().positive(),
    screen: screenSchema,
    weight: z.number().int().positive(),
    battery: z.number().int().positive().optional(),
    batteryWh: z.number().positive().optional(),
    os: text,
  })
  .strict()
  .refine((s) => (s.battery === undefined) !== (s.batteryWh === undefined), {
    message: 'give exactly one of battery (mAh) or batteryWh',
    path: ['battery'],
  });

export const tabletSchema = z.object({ ...deviceBase, kind: z.literal('tablet'), specs: mobileSpecs }).strict();
export const smartphoneSchema = z.object({ ...deviceBase, kind: z.literal('smartphone'), specs: mobileSpecs }).strict();
export const monitorSchema = z
  .object({
    ...deviceBase,
    kind: z.literal('monitor'),
    specs: z
      .object({
        size: z.number().positive(),
        panel: text,
        resolution: z.string().regex(/^\d{3,5}x\d{3,5}$/, 'must look like 3840x2160'),
        refresh: z.number().int().positive(),
        brightness: z.number().int().positive(),
        responseTime: z.number().positive().optional(),
      })
      .strict(),
  })
  .strict();

export const deviceSchema = z.discriminatedUnion('kind', [laptopSchema, tabletSchema, smartphoneSchema, monitorSchema]);
export const devicesFileSchema = z.array(deviceSchema);

export const deviceKinds = ['laptop', 'tablet', 'smartphone', 'monitor'] as const;

export const rankingEntrySchema = z
  .object({
    rank: z.number().int().positive(),
    device: id,
    rating,
    previousRank: z.number().int().positive().nullable().optional(),
    verdict: frEnAtLeast,
  })
  .strict();

export const rankingFileSchema = z
  .object({
    order: z.number().int().positive(),
    size: z.union([z.literal(10), z.literal(25)], { error: 'must be 10 or 25' }),
    kind: z.enum(deviceKinds),
    title: allLocales,
    short: allLocales,
    slug: z.object(Object.fromEntries(locales.map((l) => [l, slug])) as Record<(typeof locales)[number], typeof slug>),
    intro: frEnAtLeast,
    updated: isoDate,
    maxPrice: price.optional(),
    left: z.array(z.object({ device: id, previousRank: z.number().int().positive() }).strict()).default([]),
    entries: z.array(rankingEntrySchema),
  })
  .strict();

export type Author = z.infer<typeof authorSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type OriginalFrontMatter = z.infer<typeof originalFrontMatterSchema>;
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type DeviceKind = Device['kind'];
export type Laptop = z.infer<typeof laptopSchema>;
export type Tablet = z.infer<typeof tabletSchema>;
export type Smartphone = z.infer<typeof smartphoneSchema>;
export type Monitor = z.infer<typeof monitorSchema>;
export type RankingFile = z.infer<typeof rankingFileSchema>;
export type RankingEntryFile = z.infer<typeof rankingEntrySchema>;
export type StoryType = OriginalFrontMatter['type'];
export type Source = z.infer<typeof sourceSchema>;
export type LocalizedText = z.infer<typeof frEnAtLeast>;
