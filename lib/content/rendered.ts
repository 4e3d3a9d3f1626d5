import { renderMarkdown } from './markdown';
import type { StoryVersion } from './model';

const cache = new Map<string, string>();

/** A story version's body as sanitized HTML, rendered once per process on first use. */
export function bodyHtml(version: StoryVersion): string {
  let html = cache.get(version.file);
  if (html === undefined) {
    html = renderMarkdown(version.body);
    cache.set(version.file, html);
  }
  return html;
}
