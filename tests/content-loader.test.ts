import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/model';
import { removeTree, validTree, writeTree, type Tree } from './helpers/content-tree';

type Fm = Record<string, unknown>;
const article = (tree: Tree, key: string) => tree.articles[key] as { fm: Fm; body: string };
const ranking = (tree: Tree) => tree.rankings['phones.yaml'] as { entries: Fm[]; left: Fm[]; size: number };

function problemsOf(change: (tree: Tree) => void) {
  const tree = validTree();
  change(tree);
  const root = writeTree(tree);
  try {
    const { index, problems } = loadContent(root, 'content');
    return { index, messages: problems.map(formatProblem) };
  } finally {
    removeTree(root);
  }
}

describe('content loader on a small fixture tree', () => {
  test('a valid tree loads with no problem', () => {
    const { index, messages } = problemsOf(() => {});
    assert.deepEqual(messages, []);
    assert.ok(index);
    assert.equal(index.stories.length, 2);
    // An apostrophe becomes a hyphen and accents are transliterated when the slug is derived.
    assert.equal(index.story('story-one')!.versions.fr!.slug, 'l-ecran-du-telephone');
  });

  // Each class of problem, the change that causes it, and what the message must say.
  const cases: { name: string; change: (t: Tree) => void; expect: RegExp }[] = [
    { name: 'unknown author', change: (t) => void (article(t, 'story-one/fr').fm.author = 'bob'), expect: /articles\/story-one\/fr\.md › author: unknown author "bob"/ },
    { name: 'unknown topic', change: (t) => void (article(t, 'story-one/fr').fm.topics = ['phones', 'cars']), expect: /story-one\/fr\.md › topics\[1\]: unknown topic "cars"/ },
    { name: 'unknown reviewed device', change: (t) => void (article(t, 'review-phone-1/fr').fm.device = 'phone-99'), expect: /review-phone-1\/fr\.md › device: unknown device "phone-99"/ },
    { name: 'unknown ranking device', change: (t) => void (ranking(t).entries[4]!.device = 'ghost'), expect: /rankings\/phones\.yaml › entries\[4\]\.device: unknown device "ghost"/ },
    { name: 'translation of a missing original', change: (t) => void (article(t, 'story-one/en').fm.translatedFrom = 'de'), expect: /story-one\/en\.md › translatedFrom: says "de"/ },
    { name: 'story without original', change: (t) => {
        delete t.articles['review-phone-1/fr'];
        t.articles['review-phone-1/en'] = { fm: { translatedFrom: 'fr', title: 'T', lead: 'L' }, body: 'B' };
      }, expect: /articles\/review-phone-1: no original/ },
    { name: 'duplicate slug in a locale', change: (t) => void (article(t, 'review-phone-1/fr').fm.slug = 'l-ecran-du-telephone'), expect: /slug "l-ecran-du-telephone" is already used in fr/ },
    { name: 'badly formed slug', change: (t) => void (article(t, 'story-one/en').fm.slug = 'The Phone'), expect: /story-one\/en\.md › slug: must be ASCII lower case/ },
    { name: 'alias that is a live slug', change: (t) => void (article(t, 'story-one/fr').fm.aliases = ['test-phone-1']), expect: /aliases\[0\]: alias "test-phone-1" is the live slug/ },
    { name: 'rank gap', change: (t) => void (ranking(t).entries[3]!.rank = 5), expect: /entries\[3\]\.rank: is 5, expected 4/ },
    { name: 'rank repeated', change: (t) => void (ranking(t).entries[3]!.rank = 3), expect: /entries\[3\]\.rank: rank 3 appears twice/ },
    { name: 'wrong ranking size', change: (t) => void ranking(t).entries.pop(), expect: /phones\.yaml › entries: has 9 entries but the ranking's size is 10/ },
    { name: 'size other than 10 or 25', change: (t) => void (ranking(t).size = 12), expect: /phones\.yaml › size: must be 10 or 25/ },
    { name: 'date without time zone', change: (t) => void (article(t, 'story-one/fr').fm.published = '2026-01-30T08:30:00'), expect: /story-one\/fr\.md › published: must be an ISO 8601 date-time with a time zone/ },
    { name: 'impossible date', change: (t) => void (article(t, 'story-one/fr').fm.published = '2026-02-30T08:30:00+01:00'), expect: /published: must be an ISO 8601/ },
    { name: 'rating above 100', change: (t) => void (ranking(t).entries[0]!.rating = 120), expect: /entries\[0\]\.rating: must be between 0 and 100/ },
    { name: 'review rating below 0', change: (t) => void (article(t, 'review-phone-1/fr').fm.rating = -1), expect: /review-phone-1\/fr\.md › rating: must be between 0 and 100/ },
    { name: 'negative price', change: (t) => void ((t.devices['smartphones.yaml']![2] as Fm).price = -5), expect: /devices\/smartphones\.yaml › \[2\]\.price: must be a positive price/ },
    { name: 'translation with another author', change: (t) => void (article(t, 'story-one/en').fm.author = 'ana2'), expect: /story-one\/en\.md › author: "ana2" contradicts the original's author "ana"/ },
    { name: 'translation with another date', change: (t) => void (article(t, 'story-one/en').fm.published = '2026-01-31T08:30:00+01:00'), expect: /story-one\/en\.md › published: .* contradicts the original's date/ },
    { name: 'source that is a bare home page', change: (t) => void (article(t, 'story-one/fr').fm.sources = [{ name: 'WSJ', url: 'https://www.wsj.com/' }]), expect: /story-one\/fr\.md › sources\[0\]\.url: "https:\/\/www\.wsj\.com\/" is a home page, not the article/ },
    { name: 'source that is a home page without a slash', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[0]!.url = 'https://www.reuters.com'), expect: /story-one\/fr\.md › sources\[0\]\.url: .* is a home page/ },
    { name: 'source that is a language home page', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[]).push({ name: 'LG', url: 'https://www.lg.com/fr/' })), expect: /story-one\/fr\.md › sources\[2\]\.url: "https:\/\/www\.lg\.com\/fr\/" is a home page/ },
    { name: 'source with neither url nor date', change: (t) => void (article(t, 'story-one/fr').fm.sources = [{ name: 'Reuters' }]), expect: /story-one\/fr\.md › sources\[0\]: a source needs the url of the article itself or, when that is not known, the date/ },
    { name: 'source date that is not a day', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[1]!.date = '29/01/2026'), expect: /story-one\/fr\.md › sources\[1\]\.date: must be a date like "2026-01-29"/ },
    { name: 'source date that does not exist', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[1]!.date = '2026-02-30'), expect: /story-one\/fr\.md › sources\[1\]\.date: is not a real calendar date/ },
    { name: 'unknown source field', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[1]!.link = 'x'), expect: /story-one\/fr\.md › sources\[1\]: Unrecognized key: "link"/ },
    { name: 'news without a source', change: (t) => void (article(t, 'story-one/fr').fm.sources = []), expect: /story-one\/fr\.md › sources: a news story must cite at least one source/ },
    { name: 'unknown field', change: (t) => void (article(t, 'story-one/fr').fm.titel = 'x'), expect: /story-one\/fr\.md: Unrecognized key: "titel"/ },
    { name: 'YAML syntax error', change: (t) => void (t.articles['story-one/fr'] = '---\ntitle: "unclosed\nlead: x\n---\nBody'), expect: /story-one\/fr\.md › line \d+: invalid YAML/ },
    { name: 'missing front matter', change: (t) => void (t.articles['story-one/fr'] = 'Just text'), expect: /story-one\/fr\.md: missing front matter/ },
    { name: 'device of the wrong kind', change: (t) => void ((t.devices['smartphones.yaml']![0] as Fm).kind = 'monitor'), expect: /devices\/smartphones\.yaml › \[0\]\.specs\.size/ },
    { name: 'price above a ranking cap', change: (t) => void ((t.rankings['phones.yaml'] as Fm).maxPrice = 400), expect: /entries\[2\]\.device: "phone-3" costs 400 €, above this ranking's cap of 400 €|entries\[3\]\.device: "phone-4" costs 450 €/ },
  ];

  for (const c of cases) {
    test(`reports: ${c.name}`, () => {
      const { index, messages } = problemsOf(c.change);
      assert.equal(index, undefined, 'a broken tree must not produce an index');
      assert.ok(messages.some((m) => c.expect.test(m)), `expected ${c.expect} in:\n${messages.join('\n')}`);
    });
  }

  test('reports several problems together, each with its file', () => {
    const { messages } = problemsOf((t) => {
      article(t, 'story-one/fr').fm.author = 'bob';
      ranking(t).entries[9]!.rating = 101;
      (t.devices['smartphones.yaml']![5] as Fm).price = 0;
    });
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('articles/story-one/fr.md')));
    assert.ok(messages.some((m) => m.includes('rankings/phones.yaml')));
    assert.ok(messages.some((m) => m.includes('devices/smartphones.yaml')));
  });

  test('a former slug and another locale slug resolve to the canonical slug', () => {
    const { index } = problemsOf((t) => void (article(t, 'story-one/fr').fm.aliases = ['ancien-titre']));
    assert.ok(index);
    assert.deepEqual(
      { slug: index.resolveStory('fr', 'ancien-titre')?.slug, canonical: index.resolveStory('fr', 'ancien-titre')?.canonical },
      { slug: 'l-ecran-du-telephone', canonical: false },
    );
    assert.equal(index.resolveStory('en', 'l-ecran-du-telephone')?.slug, 'the-phone-screen');
    assert.equal(index.resolveStory('en', 'the-phone-screen')?.canonical, true);
    // No German translation: the original's slug is the German page's own.
    assert.equal(index.resolveStory('de', 'l-ecran-du-telephone')?.canonical, true);
    assert.equal(index.resolveStory('fr', 'nothing-here'), undefined);
  });
});
