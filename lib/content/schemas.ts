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

/** A browser tab and a search result show about 70 characters of a page's title. */
export const maxDocumentTitle = 70;
const shortTitle = text.max(maxDocumentTitle, `must be at most ${maxDocumentTitle} characters`).optional();

/** A headline too long for the browser tab needs a shorter title, written by the editor. */
function titleFits(fm: { title: string; shortTitle?: string }, ctx: z.RefinementCtx) {
  if (fm.title.length > maxDocumentTitle && !fm.shortTitle)
    ctx.addIssue({
      code: 'custom',
      path: ['shortTitle'],
      message: `the title has ${fm.title.length} characters, more than a browser tab or a search result shows: give a shortTitle of at most ${maxDocumentTitle}`,
    });
}

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

/** An image file in the story's folder: lower-case ASCII name, a web format. */
export const imageFileName = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpg|jpeg|png|webp|svg)$/, 'must be a file of the story folder named like "cover.jpg" (lower case, hyphens; jpg, png, webp or svg)');

/**
 * A picture of the story: a local file, its alternative text in each language, its credit
 * and its size in pixels (checked against the file), and optionally smaller versions of the
 * same picture for small screens. No file may be a product photo the newsroom did not take.
 */
export const storyImageSchema = z
  .object({
    file: imageFileName,
    alt: allLocales,
    credit: text,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    variants: z.array(z.object({ file: imageFileName, width: z.number().int().positive() }).strict()).max(4).default([]),
  })
  .strict();

/** Front matter of the original version of a story. */
export const originalFrontMatterSchema = z
  .object({
    type: z.enum(['news', 'review']),
    title: text,
    shortTitle,
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
    image: storyImageSchema.optional(),
    pros: points.optional(),
    cons: points.optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    titleFits(fm, ctx);
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
    shortTitle,
    slug: slug.optional(),
    lead: text,
    updated: isoDate.optional(),
    aliases: z.array(slug).default([]),
    author: id.optional(),
    published: isoDate.optional(),
    pros: points.optional(),
    cons: points.optional(),
  })
  .strict()
  .superRefine(titleFits);

// ---------------------------------------------------------------------------------------
// The buying guide: methodologies, the device catalogue, rankings and featured comparisons.

export const deviceKinds = ['laptop', 'tablet', 'smartphone', 'monitor'] as const;

/** A text editors must give; says so plainly when the field is absent. */
const required = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing: ${what}` : 'must be text') })
    .trim()
    .min(1, 'must not be empty');
const localized = (what: string) => {
  const t = required(what);
  return z.object(Object.fromEntries(locales.map((l) => [l, t])) as Record<(typeof locales)[number], typeof t>, {
    error: (issue) => (issue.input === undefined ? `is missing: ${what}` : `must give the text per language (${locales.join(', ')})`),
  });
};
const localeSlugs = z.object(Object.fromEntries(locales.map((l) => [l, slug])) as Record<(typeof locales)[number], typeof slug>);
/** A text in all five languages: the buying guide is never read in a fallback language. */
const everyLanguage = localized('write it in fr, en, de, es and it');

/** A calendar day, `"2026-11-05"`: prices and tests are dated to the day, not the minute. */
export const isoDay = z.iso.date({ error: 'must be a real day written "YYYY-MM-DD", e.g. "2026-11-05"' });
const methodVersion = z
  .string({ error: 'must be a method version in quotes, e.g. "2.1"' })
  .regex(/^\d+\.\d+$/, 'must be a method version in quotes, e.g. "2.1"');
const wholeNumber = z.number().int('must be a whole number').positive('must be positive');
/** A score out of 100: a rating, or one criterion's sub-score. */
const outOf100 = z.number().int('must be a whole number').min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');

/**
 * What the lab measures, and the unit each measurement is given in. A test in a methodology
 * names one metric and one of its units; a device's measurement repeats the unit of its test.
 */
export const metricUnits = {
  performance: ['points'],
  battery: ['h'],
  brightness: ['cd/m²'],
  hdrBrightness: ['cd/m²'],
  colour: ['% sRGB', '% DCI-P3'],
  noise: ['dB(A)'],
  surfaceTemperature: ['°C'],
  responseTime: ['ms'],
  inputLag: ['ms'],
} as const;
export type Metric = keyof typeof metricUnits;
export type Unit = (typeof metricUnits)[Metric][number];
export const metrics = Object.keys(metricUnits) as Metric[];
export const units = [...new Set(Object.values(metricUnits).flat())] as Unit[];

/** The measurements every ranked device of a form factor carries, in display order. */
export const metricsByKind = {
  laptop: ['performance', 'battery', 'brightness', 'colour', 'noise', 'surfaceTemperature'],
  tablet: ['performance', 'battery', 'brightness', 'colour', 'surfaceTemperature'],
  smartphone: ['performance', 'battery', 'brightness', 'colour', 'surfaceTemperature'],
  monitor: ['brightness', 'hdrBrightness', 'colour', 'responseTime', 'inputLag'],
} as const satisfies Record<(typeof deviceKinds)[number], readonly Metric[]>;

const unitSchema = z.enum(units as [Unit, ...Unit[]], {
  error: (issue) => (issue.input === undefined ? 'is missing: every measurement states its unit' : `must be one of ${units.map((u) => `"${u}"`).join(', ')}`),
});

// --- Methodology: content/methodology/<form factor>.yaml --------------------------------

export const criterionSchema = z
  .object({
    id,
    weight: z.number().int('must be a whole number').min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100'),
    name: everyLanguage,
    description: everyLanguage,
  })
  .strict();

/** A lab protocol: what is measured, in which unit, under which conditions. */
export const labTestSchema = z
  .object({
    id,
    metric: z.enum(metrics as [Metric, ...Metric[]], { error: `must be one of ${metrics.join(', ')}` }),
    unit: unitSchema,
    name: everyLanguage,
    description: everyLanguage,
  })
  .strict()
  .superRefine((t, ctx) => {
    if (!(metricUnits[t.metric] as readonly string[]).includes(t.unit))
      ctx.addIssue({ code: 'custom', path: ['unit'], message: `"${t.unit}" is not a unit of ${t.metric} (use ${metricUnits[t.metric].map((u) => `"${u}"`).join(' or ')})` });
  });

export const changelogEntrySchema = z
  .object({
    version: methodVersion,
    date: isoDay,
    changes: everyLanguage,
    /** The weights of an older version, so that scores given under it can still be checked. */
    weights: z.record(id, z.number().int().min(1).max(100)).optional(),
  })
  .strict();

export const methodologyFileSchema = z
  .object({
    formFactor: z.enum(deviceKinds),
    version: methodVersion,
    effective: isoDate,
    slug: localeSlugs,
    title: everyLanguage,
    intro: everyLanguage,
    rounding: everyLanguage,
    criteria: z.array(criterionSchema).min(2, 'must list at least two criteria'),
    tests: z.array(labTestSchema).min(1, 'must describe at least one test'),
    changelog: z.array(changelogEntrySchema).min(1, 'must list at least the current version'),
  })
  .strict();

// --- Devices: content/devices/*.yaml ----------------------------------------------------

/** One observed price: what the cheapest serious retailer asked on that day. */
export const priceObservationSchema = z
  .object({
    date: isoDay,
    amount: price,
    currency: z.enum(['EUR'], { error: 'must be EUR: the catalogue observes prices in euros' }),
  })
  .strict();

export const panels = ['IPS', 'VA', 'TN', 'LCD', 'Mini-LED', 'OLED', 'QD-OLED', 'WOLED'] as const;
const panelSchema = z.enum(panels, { error: `must be one of ${panels.join(', ')}` });

const screenSchema = z
  .object({
    size: z.number().positive(),
    resolution: z.string().regex(/^\d{3,5}x\d{3,5}$/, 'must look like 2560x1600'),
    refresh: wholeNumber,
    panel: panelSchema,
  })
  .strict();

const cpuSchema = z
  .object({ name: text, cores: wholeNumber, threads: wholeNumber.optional() })
  .strict()
  .refine((c) => c.threads === undefined || c.threads >= c.cores, { message: 'a processor has at least as many threads as cores', path: ['threads'] });

const gpuSchema = z
  .object({
    name: text,
    type: z.enum(['integrated', 'dedicated'], { error: 'must be integrated or dedicated' }),
    cores: wholeNumber.optional(),
    /** GB of video memory, dedicated GPUs only. */
    vram: z.number().positive().optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.type === 'dedicated' && g.vram === undefined) ctx.addIssue({ code: 'custom', path: ['vram'], message: 'a dedicated GPU states its video memory in GB' });
    if (g.type === 'integrated' && g.vram !== undefined) ctx.addIssue({ code: 'custom', path: ['vram'], message: 'an integrated GPU shares system memory: leave vram out' });
  });

/** Written as data, rendered through the messages: "Windows 11 Famille", "Windows 11 Home". */
const osVersion = z.union([z.string().trim().min(1), z.number()]).transform(String);
const osEdition = z.enum(['home', 'pro'], { error: 'must be home or pro' });
const laptopOsSchema = z
  .object({
    family: z.enum(['windows', 'macos', 'chromeos', 'linux', 'none'], { error: 'must be windows, macos, chromeos, linux or none' }),
    version: osVersion.optional(),
    edition: osEdition.optional(),
  })
  .strict()
  .refine((o) => o.edition === undefined || o.family === 'windows', { message: 'only Windows has an edition', path: ['edition'] });
const mobileOsSchema = z
  .object({
    family: z.enum(['ipados', 'ios', 'android', 'windows'], { error: 'must be ipados, ios, android or windows' }),
    version: osVersion.optional(),
    edition: osEdition.optional(),
    /** The maker's interface on top of Android, e.g. "One UI 8.5". */
    skin: text.optional(),
  })
  .strict()
  .refine((o) => o.edition === undefined || o.family === 'windows', { message: 'only Windows has an edition', path: ['edition'] });

const chipSchema = z.object({ name: text, cores: wholeNumber.optional() }).strict();

/** A device's score under one version of its form factor's methodology. */
export const scoreSchema = z
  .object({
    method: methodVersion,
    tested: isoDay,
    criteria: z.record(z.string(), outOf100),
    rating: outOf100,
  })
  .strict();

/** One lab result: the value, its unit, and the test (conditions) it was measured in. */
export const measurementSchema = z
  .object({
    value: z.number({ error: 'must be a number' }).nonnegative('must not be negative'),
    unit: unitSchema,
    test: z.string({ error: (i) => (i.input === undefined ? 'is missing: every measurement names the test (conditions) it comes from' : 'must be a test id') }),
  })
  .strict();

const deviceBase = {
  id,
  brand: text,
  model: text,
  released: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like "2025-03"'),
  prices: z.array(priceObservationSchema, { error: 'must be a list of dated prices, e.g. [{ date: "2026-11-05", amount: 1199, currency: EUR }]' }).min(1, 'must list at least one dated price'),
  score: scoreSchema.optional(),
  /** Lab results, kept apart from the manufacturer's specs; keyed by metric. */
  measured: z.record(z.string(), measurementSchema).optional(),
};

export const laptopSchema = z
  .object({
    ...deviceBase,
    kind: z.literal('laptop'),
    specs: z
      .object({
        cpu: cpuSchema,
        gpu: gpuSchema,
        ram: wholeNumber,
        storage: wholeNumber,
        screen: screenSchema,
        weight: wholeNumber,
        battery: z.number().positive(),
        os: laptopOsSchema,
      })
      .strict(),
  })
  .strict();

const mobileSpecs = z
  .object({
    chip: chipSchema,
    /** Windows tablets with a discrete GPU (e.g. the ROG Flow Z13) state it as laptops do. */
    gpu: gpuSchema.optional(),
    storage: wholeNumber,
    screen: screenSchema,
    weight: wholeNumber,
    battery: wholeNumber.optional(),
    batteryWh: z.number().positive().optional(),
    os: mobileOsSchema,
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
        panel: panelSchema,
        resolution: z.string().regex(/^\d{3,5}x\d{3,5}$/, 'must look like 3840x2160'),
        refresh: wholeNumber,
        /** Other native refresh rates, e.g. a dual-mode panel's 480 Hz at 1080p. */
        altRefresh: z.array(wholeNumber).optional(),
        brightness: wholeNumber,
        responseTime: z.number().positive().optional(),
      })
      .strict(),
  })
  .strict();

export const deviceSchema = z.discriminatedUnion('kind', [laptopSchema, tabletSchema, smartphoneSchema, monitorSchema]);
export const devicesFileSchema = z.array(deviceSchema);

// --- Rankings: content/rankings/<id>.yaml -----------------------------------------------

export const rankingEntrySchema = z
  .object({
    device: id,
    verdict: localized('every verdict is written in fr, en, de, es and it'),
    /** Why the device moved or entered at this update; required then. */
    reason: everyLanguage.optional(),
  })
  .strict();

export const rankingLeftSchema = z.object({ device: id, reason: localized('say why the device left, in fr, en, de, es and it') }).strict();

/** An earlier published version of the list. */
export const rankingUpdateSchema = z
  .object({
    date: isoDate,
    summary: everyLanguage,
    order: z.array(id).min(1, 'must list the devices in rank order'),
    /** Why devices moved, entered or left at that update (optional for older updates). */
    reasons: z.record(id, frEnAtLeast).default({}),
  })
  .strict();

export const rankingFileSchema = z
  .object({
    order: z.number().int().positive(),
    size: z.union([z.literal(10), z.literal(25)], { error: 'must be 10 or 25' }),
    kind: z.enum(deviceKinds),
    title: allLocales,
    short: allLocales,
    slug: localeSlugs,
    intro: frEnAtLeast,
    updated: isoDate,
    /** What this update changed, in one or two sentences. */
    summary: everyLanguage,
    maxPrice: price.optional(),
    /** The current list, in rank order. */
    entries: z.array(rankingEntrySchema),
    /** Devices that left at this update. */
    left: z.array(rankingLeftSchema).default([]),
    /** Earlier versions of the list, newest first. */
    history: z.array(rankingUpdateSchema).default([]),
  })
  .strict();

// --- Featured comparisons: content/comparisons.yaml -------------------------------------

export const comparisonSchema = z
  .object({ devices: z.array(id).min(2, 'compare at least 2 devices').max(4, 'compare at most 4 devices') })
  .strict();
export const comparisonsFileSchema = z.array(comparisonSchema);

export type Author = z.infer<typeof authorSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type OriginalFrontMatter = z.infer<typeof originalFrontMatterSchema>;
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;
export type DeviceFile = z.infer<typeof deviceSchema>;
export type DeviceKind = DeviceFile['kind'];
export type PriceObservation = z.infer<typeof priceObservationSchema>;
export type Score = z.infer<typeof scoreSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type MethodologyFile = z.infer<typeof methodologyFileSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type LabTest = z.infer<typeof labTestSchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
export type Panel = (typeof panels)[number];
export type RankingFile = z.infer<typeof rankingFileSchema>;
export type RankingEntryFile = z.infer<typeof rankingEntrySchema>;
export type RankingUpdateFile = z.infer<typeof rankingUpdateSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type StoryType = OriginalFrontMatter['type'];
export type StoryImageFile = z.infer<typeof storyImageSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type LocalizedText = z.infer<typeof frEnAtLeast>;
export type AllLocalesText = z.infer<typeof everyLanguage>;
