import path from 'node:path';
import { ContentError, loadContent, type ContentIndex } from './load';

export type { ContentIndex, LocalizedStory, Resolved } from './load';
export type * from './model';

/**
 * One index per process, kept on globalThis: the route handlers and the pages are separate
 * bundles that run in the same server process, and must not each read the whole archive.
 */
const store = globalThis as typeof globalThis & { __octetContent?: ContentIndex };

/** The content folder: `CONTENT_DIR` (used by the scale benchmark) or `./content`. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR ? path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR) : path.join(process.cwd(), 'content');
}

/**
 * The site's content, read and validated once per process. Invalid content throws with
 * every problem listed: the build stops, and a server never renders half a site.
 */
export function getContent(): ContentIndex {
  if (!store.__octetContent) {
    const { index, problems } = loadContent(contentRoot());
    if (!index) throw new ContentError(problems);
    store.__octetContent = index;
  }
  return store.__octetContent;
}
