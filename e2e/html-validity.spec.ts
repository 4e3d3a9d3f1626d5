import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { pathFor } from '../lib/routing/paths';
import { content, htmlText, storyPath } from './support';

/**
 * Every page type is valid HTML under html-validate's recommended rules, less the rules
 * about how markup is spelled rather than what it says: React writes `<meta/>`,
 * `hrefLang`, `async=""` and ids like `_R_`, all valid HTML that the style rules of
 * `html-validate:recommended` would rather see written another way. Its `long-title` rule
 * counts the title as written in the source, where React writes an apostrophe as
 * `&#x27;` (six characters): the length a reader sees is checked on the decoded title.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'attr-case': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'valid-id': 'off',
    'long-title': 'off',
    // Checkboxes share a name to send several values: `d=a&d=b` (the comparison form).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

const review = content.listStories({ type: 'review' })[0]!;
const longest = [...content.stories].sort((a, b) => b.versions[b.originalLocale]!.title.length - a.versions[a.originalLocale]!.title.length)[0]!;

const pages: [string, string][] = [
  ['home', '/fr'],
  ['news', pathFor('en', '/news')],
  ['news, page 2', pathFor('de', { pathname: '/news/page/[page]', params: { page: '2' } })],
  ['story', storyPath('nvidia-openai-investment', 'fr')],
  ['the story with the longest headline', storyPath(longest.id, longest.originalLocale)],
  ['review', storyPath(review.id, 'fr')],
  ['untranslated story', storyPath(content.stories.find((s) => !s.versions.it)!.id, 'it')],
  ['rankings', pathFor('es', '/top-10')],
  ['device', pathFor('fr', { pathname: '/devices/[device]', params: { device: content.rankings[0]!.entries[0]!.device.id } })],
  ['comparison', pathFor('en', { pathname: '/compare/[devices]', params: { devices: content.rankings[0]!.entries.slice(0, 2).map((e) => e.device.id).sort().join('-vs-') } })],
  ['comparison picker', pathFor('de', '/compare')],
  ['methodology', pathFor('it', { pathname: '/methodology/[formFactor]', params: { formFactor: content.methodologies[0]!.slug.it } })],
  ['ranking history', pathFor('es', { pathname: '/top-10/[ranking]/history', params: { ranking: content.rankings[0]!.slug.es } })],
  ['ranking, refined', `${pathFor('fr', { pathname: '/top-10/[ranking]/refine', params: { ranking: content.rankings[0]!.slug.fr } })}?sort=value&maxPrice=1500`],
  ['all devices', pathFor('en', '/devices')],
  ['ranking (Top 25)', pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: content.ranking('monitors')!.slug.fr } })],
  ['topics', pathFor('it', '/topics')],
  ['topic', pathFor('fr', { pathname: '/topics/[topic]', params: { topic: content.topic('ai')!.slug.fr } })],
  ['authors', pathFor('fr', '/authors')],
  ['author', pathFor('en', { pathname: '/authors/[author]', params: { author: content.authors[0]!.id } })],
  ['search', `${pathFor('fr', '/search')}?q=oled`],
  ['search without results', `${pathFor('de', '/search')}?q=zzzzzz`],
  ['about', pathFor('fr', '/about')],
  ['legal', pathFor('en', '/legal')],
  ['404', '/fr/nothing-here'],
  ['404 outside every language', '/xx/nothing'],
];

for (const [name, path] of pages) {
  test(`${name} (${path}) is valid HTML`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html);
    const problems = report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    expect(problems).toEqual([]);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(htmlText(title).length, htmlText(title)).toBeLessThanOrEqual(70);
  });
}
