import { getContent } from '@/lib/content';
import { comparisonParam } from '@/lib/rankings/comparison';
import { pathFor } from '@/lib/routing/paths';

/** The page types the benchmarks measure, one French page of each, named as in docs/performance.md. */
export interface BenchPage {
  name: string;
  path: string;
}

const content = getContent();
const launch = content.story('nvidia-openai-investment')!;
const review = content.listStories({ type: 'review' })[0]!;
const monitors = content.ranking('monitors')!;
const phones = content.ranking('smartphones')!;

export const pages: BenchPage[] = [
  { name: 'home', path: '/fr' },
  { name: 'story', path: pathFor('fr', { pathname: '/news/[slug]', params: { slug: content.storySlug(launch, 'fr') } }) },
  { name: 'review', path: pathFor('fr', { pathname: '/reviews/[slug]', params: { slug: content.storySlug(review, 'fr') } }) },
  { name: 'ranking', path: pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: monitors.slug.fr } }) },
  { name: 'search', path: `${pathFor('fr', '/search')}?q=oled` },
  { name: 'device', path: pathFor('fr', { pathname: '/devices/[device]', params: { device: phones.entries[0]!.device.id } }) },
  {
    name: 'comparison',
    path: pathFor('fr', { pathname: '/compare/[devices]', params: { devices: comparisonParam(phones.entries.slice(0, 2).map((e) => e.device.id)) } }),
  },
];

/** The floor's one page (bench/floor). */
export const floorPage: BenchPage = { name: 'floor', path: '/fr' };
