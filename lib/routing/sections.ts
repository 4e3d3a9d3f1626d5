import type { StoryType } from '@/lib/content/schemas';

/**
 * The one table from a story's type to the section it is published in: its listing, the
 * listing's later pages, its own route, the header's section and the label of its kind.
 * Everything that turns `review` into `reviews` reads it.
 */
export const sections = {
  news: { listing: '/news', listingPage: '/news/page/[page]', story: '/news/[slug]', nav: 'news', label: 'news' },
  review: { listing: '/reviews', listingPage: '/reviews/page/[page]', story: '/reviews/[slug]', nav: 'reviews', label: 'review' },
} as const satisfies Record<StoryType, { listing: string; listingPage: string; story: string; nav: string; label: 'news' | 'review' }>;

export type Section = (typeof sections)[StoryType];
export const storyTypes = Object.keys(sections) as StoryType[];
