import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { typeset, type TypeLocale } from '@/lib/typography/typeset';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/** The language's spacing in every text node, except code, where characters are literal. */
const rehypeTypeset: Plugin<[TypeLocale], HastNode> = (locale) => (tree) => {
  const walk = (node: HastNode) => {
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return;
    if (node.type === 'text' && node.value) node.value = typeset(node.value, locale);
    node.children?.forEach(walk);
  };
  walk(tree);
};

/**
 * The schema is GitHub's (no script, style, iframe, form, event handler or javascript:/data:
 * URL survives) with `clobberPrefix` dropped for footnote ids only where GitHub keeps them.
 * Raw HTML in Markdown never even reaches it: remark-rehype drops it unless told otherwise.
 */
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const processors = new Map<TypeLocale, ReturnType<typeof processorFor>>();
function processorFor(locale: TypeLocale) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
    .use(rehypeTypeset, locale)
    .use(rehypeStringify);
}

/** Markdown from an editor to HTML that is safe to put in a page, spaced as its language wants. */
export function renderMarkdown(markdown: string, locale: TypeLocale = 'en'): string {
  let processor = processors.get(locale);
  if (!processor) processors.set(locale, (processor = processorFor(locale)));
  return String(processor.processSync(markdown));
}
