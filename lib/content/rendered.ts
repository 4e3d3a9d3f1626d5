import { renderMarkdown } from './markdown';
import type { StoryVersion } from './model';
import { readingMinutes } from './reading-time';

/**
 * What is derived from a story's body, computed on first use and kept: loading the
 * content index never parses or renders bodies, so it stays cheap as the archive grows.
 */
const html = new Map<string, string>();
const minutes = new Map<string, number>();

/** A story version's body as sanitized HTML. */
export function bodyHtml(version: StoryVersion): string {
  let value = html.get(version.file);
  if (value === undefined) {
    value = renderMarkdown(version.body, version.locale);
    html.set(version.file, value);
  }
  return value;
}

/** Reading time in whole minutes, at the reading speed of the version's language. */
export function readingMinutesOf(version: StoryVersion): number {
  let value = minutes.get(version.file);
  if (value === undefined) {
    value = readingMinutes(version.body, version.locale);
    minutes.set(version.file, value);
  }
  return value;
}
