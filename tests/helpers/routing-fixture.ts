import { loadContent, type ContentIndex } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/model';
import { removeTree, validTree, writeTree, type Tree } from './content-tree';

/**
 * The small fixture tree, plus what routing needs to be exercised: a former slug, a second
 * page of news (25 stories), and a story translated into English only.
 */
export function routingTree(): Tree {
  const tree = validTree();
  const one = tree.articles['story-one/fr'] as { fm: Record<string, unknown> };
  one.fm.aliases = ['ancien-titre'];
  for (let i = 1; i <= 25; i++) {
    tree.articles[`brief-${i}/fr`] = {
      fm: {
        type: 'news',
        title: `Brève numéro ${i}`,
        lead: 'Chapeau',
        author: 'ana',
        topics: ['phones'],
        published: `2026-03-${String(i).padStart(2, '0')}T08:00:00+01:00`,
        sources: [{ name: 'Source', url: 'https://example.com/article' }],
      },
      body: 'Un texte.',
    };
  }
  return tree;
}

export function loadTree(tree: Tree): ContentIndex {
  const root = writeTree(tree);
  try {
    const { index, problems } = loadContent(root, 'content');
    if (!index) throw new Error(problems.map(formatProblem).join('\n'));
    return index;
  } finally {
    removeTree(root);
  }
}
