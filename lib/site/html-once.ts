/**
 * The hand-over behind `HtmlOnce`: markup a server component wrote, kept for the one
 * server render (React's HTML pass) that puts it in the document.
 *
 * A server component and the HTML pass run in the same process but load separate copies of
 * every module, so the store lives on `globalThis`. Keys are digests of the markup: a page
 * rendered again finds the same entry, and the store holds at most one entry per distinct
 * markup, evicting the oldest past `keptLimit` so that nothing can make it grow without bound.
 */
const slot = Symbol.for('octet.html-once');
export const keptLimit = 1000;

type Store = Map<string, string>;

function store(): Store {
  const g = globalThis as typeof globalThis & { [slot]?: Store };
  return (g[slot] ??= new Map());
}

export function keepHtml(key: string, html: string): void {
  const s = store();
  s.delete(key);
  s.set(key, html);
  if (s.size > keptLimit) s.delete(s.keys().next().value!);
}

export function keptHtml(key: string): string | undefined {
  return store().get(key);
}
