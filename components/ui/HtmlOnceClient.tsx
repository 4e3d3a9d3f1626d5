'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { keptHtml } from '@/lib/site/html-once';
import { escapeHtml } from '@/lib/site/escape-html';

export type HtmlOnceTag = 'ol' | 'ul' | 'div' | 'tbody';

type Props = {
  /** The element that holds the markup. */
  as: HtmlOnceTag;
  /** Digest of the markup (from `htmlOnce`), written as `data-html` on the element. */
  id: string;
  className?: string;
  /** Text of the link shown if the markup cannot be fetched. */
  missing: string;
};

/** Markup met in this tab, by digest: going back to a page needs no fetch. */
const seen = new Map<string, string>();
/** Documents being fetched, by address: a page with several pieces fetches its document once. */
const fetching = new Map<string, Promise<void>>();

const selector = (id: string) => `[data-html="${id}"]`;

/** The markup `id` of the page at `src`: met already, or taken from the page's document. */
async function markupOf(src: string, id: string): Promise<string> {
  if (!seen.has(id)) {
    let fetched = fetching.get(src);
    if (!fetched) {
      fetched = fetch(src, { headers: { accept: 'text/html' } })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${src}: ${r.status}`))))
        .then((text) => {
          for (const el of new DOMParser().parseFromString(text, 'text/html').querySelectorAll<HTMLElement>('[data-html]')) seen.set(el.dataset.html!, el.innerHTML);
        })
        .finally(() => fetching.delete(src));
      fetching.set(src, fetched);
    }
    await fetched;
  }
  const html = seen.get(id);
  if (html === undefined) throw new Error(`${src}: no element ${selector(id)}`);
  return html;
}

function initial(src: string, id: string): string | null {
  if (typeof window === 'undefined') {
    const html = keptHtml(id);
    if (html === undefined) throw new Error(`HtmlOnce: no markup kept for ${id}. It is meant for pages whose server components and HTML render in one pass, in one process.`);
    return html;
  }
  // Met in this tab already, or hydrating a document that has it.
  const html = seen.get(id) ?? document.querySelector(selector(id))?.innerHTML ?? null;
  // Otherwise the page arrived by a navigation in the app: ask for its document now, while
  // React is still rendering it, rather than after it is on screen (the effect below then
  // finds the fetch under way). A failure here is the effect's to report.
  if (html === null) markupOf(src, id).catch(() => {});
  return html;
}

/**
 * The client half of `HtmlOnce` (components/ui/HtmlOnce.tsx): the payload carries only its
 * props (a digest and a fallback label). React's HTML pass takes the markup the server
 * component kept and puts it in the document; hydration reads it back from the document.
 * After a navigation inside the app there is no document to read, so the component fetches
 * the page's own HTML (the same static, cached address a reader would load) and takes the
 * element from it.
 */
export default function HtmlOnceClient({ as: Tag, id, className, missing }: Props) {
  const src = usePathname();
  const [html, setHtml] = useState(() => initial(src, id));
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (html !== null) {
      seen.set(id, html);
      return;
    }
    let live = true;
    markupOf(src, id)
      .then((markup) => {
        if (live) setHtml(markup);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [html, id, src]);

  const fallback = failed ? `<a href="${escapeHtml(src)}">${escapeHtml(missing)}</a>` : '';
  const shown = html ?? (!fallback ? '' : Tag === 'div' ? fallback : Tag === 'tbody' ? `<tr><td colspan="9">${fallback}</td></tr>` : `<li>${fallback}</li>`);
  return <Tag className={className} data-html={id} aria-busy={html === null && !failed ? true : undefined} dangerouslySetInnerHTML={{ __html: shown }} />;
}
