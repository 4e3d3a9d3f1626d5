import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * The schema is GitHub's (no script, style, iframe, form, event handler or javascript:/data:
 * URL survives) with `clobberPrefix` dropped for footnote ids only where GitHub keeps them.
 * Raw HTML in Markdown never even reaches it: remark-rehype drops it unless told otherwise.
 */
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
  .use(rehypeStringify);

/** Markdown from an editor to HTML that is safe to put in a page. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
