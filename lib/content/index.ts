import path from 'node:path';
import { ContentError, loadContent, type ContentIndex } from './load';

export type { ContentIndex, LocalizedStory, Resolved } from './load';
export type * from './model';

let cached: ContentIndex | undefined;

/** The content folder: `CONTENT_DIR` (used by the scale benchmark) or `./content`. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR ? path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR) : path.join(process.cwd(), 'content');
}

/**
 * The site's content, read and validated once per process. Invalid content throws with
 * every problem listed: the build stops, and a server never renders half a site.
 */
export function getContent(): ContentIndex {
  if (!cached) {
    const { index, problems } = loadContent(contentRoot());
    if (!index) throw new ContentError(problems);
    cached = index;
  }
  return cached;
}
