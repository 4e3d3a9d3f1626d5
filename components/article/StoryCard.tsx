import { getLocale, getTranslations } from 'next-intl/server';
import DateTime from '@/components/ui/DateTime';
import Link from '@/components/ui/AppLink';
import { localeNames } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import type { Story } from '@/lib/content/model';
import { storyHref } from '@/lib/routing/hrefs';
import StoryCover from './StoryCover';
import StoryImage from './StoryImage';

/**
 * A story in a list. A story not translated into the page's language shows its original
 * title, marked with its language (and `lang`, so screen readers switch voice).
 */
export default async function StoryCard({
  story,
  variant = 'default',
  headingLevel = 3,
  picture = variant !== 'compact',
  priority = false,
}: {
  story: Story;
  variant?: 'lead' | 'default' | 'compact';
  headingLevel?: 2 | 3;
  /** Shows the story's picture, or its generated cover. */
  picture?: boolean;
  /** The first picture of the page: loaded first, not lazily. */
  priority?: boolean;
}) {
  const [locale, t, tl] = await Promise.all([getLocale(), getTranslations('article'), getTranslations('listing')]);
  const content = getContent();
  const { version, isFallback } = content.localize(story, locale);
  const topic = content.topic(story.topicIds[0]!);
  const Heading = `h${headingLevel}` as const;
  const titleSize = variant === 'lead' ? ' text-3xl md:text-4xl' : variant === 'compact' ? ' text-base' : '';
  const kicker = story.type === 'review' ? t('review') : (topic?.name[locale] ?? '');
  return (
    <article className={variant === 'default' ? 'story-card' : `story-card ${variant}`}>
      {picture && (
        <div className="mb-3">
          {story.image ? (
            <StoryImage image={story.image} locale={locale} sizes={variant === 'lead' ? '(min-width: 1024px) 760px, 100vw' : '(min-width: 640px) 380px, 100vw'} priority={priority} caption={false} />
          ) : (
            <StoryCover story={story} kicker={kicker} title={version.title} locale={locale} />
          )}
        </div>
      )}
      <p className="kicker card-meta">
        <span>{kicker}</span>
        <span aria-hidden="true">·</span>
        <DateTime iso={story.published} format="short" />
        {isFallback && (
          <span className="fallback">
            {tl('originalLanguage', { language: localeNames[version.locale] })}
          </span>
        )}
      </p>
      <Heading className={`story-title${titleSize}`} lang={isFallback ? version.locale : undefined}>
        <Link href={storyHref(content, story, locale)}>
          {version.title}
        </Link>
      </Heading>
      {variant !== 'compact' && (
        <p className={variant === 'lead' ? 'story-lead text-lg' : 'story-lead'} lang={isFallback ? version.locale : undefined}>
          {version.lead}
        </p>
      )}
    </article>
  );
}
