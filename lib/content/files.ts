import fs from 'node:fs';
import path from 'node:path';
import { formatOf } from './image-size';
import YAML from 'yaml';
import type { z } from 'zod';
import { isLocale, type Locale } from '@/i18n/locales';
import type { ContentProblem } from './model';
import {
  authorsFileSchema,
  comparisonsFileSchema,
  devicesFileSchema,
  methodologyFileSchema,
  originalFrontMatterSchema,
  rankingFileSchema,
  topicsFileSchema,
  translationFrontMatterSchema,
  type Author,
  type Comparison,
  type DeviceFile,
  type MethodologyFile,
  type OriginalFrontMatter,
  type RankingFile,
  type Topic,
  type TranslationFrontMatter,
} from './schemas';
import { isSlug } from './slug';

/**
 * Reads the content folder and checks every file against its schema. Nothing here knows
 * about other files: cross-references are validate.ts's job.
 */

export type StoryFile =
  | { locale: Locale; file: string; kind: 'original'; fm: OriginalFrontMatter; body: string }
  | { locale: Locale; file: string; kind: 'translation'; fm: TranslationFrontMatter; body: string };

export interface RawContent {
  authors: { item: Author; file: string; at: string }[];
  topics: { item: Topic; file: string; at: string }[];
  devices: { item: DeviceFile; file: string; at: string }[];
  /** `assets`: the image files of the story folder, by name, with their absolute paths. */
  stories: { id: string; dir: string; files: StoryFile[]; assets: { name: string; abs: string; file: string }[] }[];
  rankings: { id: string; file: string; item: RankingFile }[];
  /** One per form factor, from `methodology/<form factor>.yaml`. */
  methodologies: { file: string; item: MethodologyFile }[];
  /** Editor-featured comparisons, from `comparisons.yaml` (optional). */
  comparisons: { item: Comparison; file: string; at: string }[];
}

/** `entries[3].verdict.en` from Zod's `['entries', 3, 'verdict', 'en']`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

class Reader {
  problems: ContentProblem[] = [];
  constructor(
    private root: string,
    private label: string,
  ) {}

  rel(abs: string): string {
    return path.join(this.label, path.relative(this.root, abs)).split(path.sep).join('/');
  }

  report(file: string, at: string, message: string) {
    this.problems.push({ file, path: at, message });
  }

  /** Parses YAML, reporting syntax errors with their line. */
  yaml(abs: string, text: string, lineOffset = 0): unknown {
    const doc = YAML.parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const line = (err.linePos?.[0]?.line ?? 0) + lineOffset;
        this.report(this.rel(abs), line ? `line ${line}` : '', `invalid YAML: ${err.message.split('\n')[0]}`);
      }
      return undefined;
    }
    return doc.toJS();
  }

  parse<S extends z.ZodType>(schema: S, data: unknown, file: string, prefix: PropertyKey[] = []): z.infer<S> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      this.report(file, formatPath([...prefix, ...issue.path]), issue.message);
    }
    return undefined;
  }

  /** A YAML file holding a list; each item is checked alone so one bad item does not hide the rest. */
  list<T>(abs: string, schema: z.ZodType<T[]>, optional = false): { item: T; file: string; at: string }[] {
    const file = this.rel(abs);
    if (!fs.existsSync(abs)) {
      if (!optional) this.report(file, '', 'file is missing');
      return [];
    }
    const data = this.yaml(abs, fs.readFileSync(abs, 'utf8'));
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      this.report(file, '', 'must be a list');
      return [];
    }
    const element = (schema as unknown as z.ZodArray<z.ZodType<T>>).element;
    const out: { item: T; file: string; at: string }[] = [];
    data.forEach((raw, i) => {
      const item = this.parse(element, raw, file, [i]);
      if (item !== undefined) out.push({ item, file, at: `[${i}]` });
    });
    return out;
  }
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export function readContent(root: string, label = 'content'): { raw: RawContent; problems: ContentProblem[] } {
  const r = new Reader(root, label);
  const raw: RawContent = {
    authors: r.list(path.join(root, 'authors.yaml'), authorsFileSchema),
    topics: r.list(path.join(root, 'topics.yaml'), topicsFileSchema),
    devices: yamlFiles(path.join(root, 'devices')).flatMap((f) => r.list(f, devicesFileSchema)),
    stories: [],
    rankings: [],
    methodologies: [],
    comparisons: r.list(path.join(root, 'comparisons.yaml'), comparisonsFileSchema, true),
  };

  for (const abs of yamlFiles(path.join(root, 'methodology'))) {
    const file = r.rel(abs);
    const data = r.yaml(abs, fs.readFileSync(abs, 'utf8'));
    if (data === undefined) continue;
    const item = r.parse(methodologyFileSchema, data, file);
    if (!item) continue;
    const name = path.basename(abs).replace(/\.ya?ml$/, '');
    if (name !== item.formFactor) r.report(file, 'formFactor', `is "${item.formFactor}" but the file is named "${name}": name it ${item.formFactor}.yaml`);
    raw.methodologies.push({ file, item });
  }

  const articlesDir = path.join(root, 'articles');
  const storyDirs = fs.existsSync(articlesDir)
    ? fs.readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  for (const id of storyDirs) {
    const dir = path.join(articlesDir, id);
    if (!isSlug(id)) r.report(r.rel(dir), '', `folder name "${id}" is not a valid story id (lower-case ASCII words joined by hyphens)`);
    const files: StoryFile[] = [];
    const assets: { name: string; abs: string; file: string }[] = [];
    for (const name of fs.readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      const file = r.rel(abs);
      const locale = name.replace(/\.md$/, '');
      if (formatOf(name)) {
        assets.push({ name, abs, file });
        continue;
      }
      if (!name.endsWith('.md') || !isLocale(locale)) {
        r.report(file, '', 'unexpected file: a story folder holds <locale>.md files (fr.md, en.md, de.md, es.md, it.md) and the story\'s images (jpg, png, webp, svg)');
        continue;
      }
      const text = fs.readFileSync(abs, 'utf8');
      const match = frontMatterPattern.exec(text);
      if (!match) {
        r.report(file, '', 'missing front matter: the file must start with a "---" block');
        continue;
      }
      const data = r.yaml(abs, match[1] ?? '', 1);
      if (data === undefined) continue;
      if (typeof data !== 'object' || data === null) {
        r.report(file, '', 'front matter must be a mapping of fields');
        continue;
      }
      const body = (match[2] ?? '').trim();
      if (!body) r.report(file, 'body', 'the story has no text');
      if ('translatedFrom' in data) {
        const fm = r.parse(translationFrontMatterSchema, data, file);
        if (fm) files.push({ locale, file, kind: 'translation', fm, body });
      } else {
        const fm = r.parse(originalFrontMatterSchema, data, file);
        if (fm) files.push({ locale, file, kind: 'original', fm, body });
      }
    }
    raw.stories.push({ id, dir: r.rel(dir), files, assets });
  }

  for (const abs of yamlFiles(path.join(root, 'rankings'))) {
    const file = r.rel(abs);
    const id = path.basename(abs).replace(/\.ya?ml$/, '');
    if (!isSlug(id)) r.report(file, '', `file name "${id}" is not a valid ranking id`);
    const data = r.yaml(abs, fs.readFileSync(abs, 'utf8'));
    if (data === undefined) continue;
    const item = r.parse(rankingFileSchema, data, file);
    if (item) raw.rankings.push({ id, file, item });
  }

  return { raw, problems: r.problems };
}
