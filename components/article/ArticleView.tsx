import { getFormatter, getTranslations } from 'next-intl/server';
import DeviceSpecs from '@/components/devices/DeviceSpecs';
import PageShell from '@/components/layout/PageShell';
import ShareBar from '@/components/share/ShareBar';
import { dateValues } from '@/components/ui/DateTime';
import JsonLd from '@/components/ui/JsonLd';
import RatingBadge from '@/components/ui/RatingBadge';
import TopicPills from '@/components/ui/TopicPills';
import Link from '@/components/ui/AppLink';
import { localeNames, type Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { bodyHtml, readingMinutesOf } from '@/lib/content/rendered';
import { storyPage } from '@/lib/pages/story-page';
import { authorHref, rankingHref } from '@/lib/routing/hrefs';
import { breadcrumbJsonLd, storyJsonLd } from '@/lib/seo/structured-data';
import { absoluteUrl } from '@/lib/site/config';
import Measurements from '@/components/guide/Measurements';
import { pathFor } from '@/lib/routing/paths';
import StoryImage from './StoryImage';
import { calendarDay } from '@/lib/content/calendar-day';
import StoryGrid from './StoryGrid';

/**
 * A news story or a review. When the reader's language has no translation, the original
 * is shown inside this language's interface, with a notice, and the article carries the
 * original's `lang` so screen readers and translation tools switch language.
 */
export default async function ArticleView({ locale, slug }: { locale: Locale; slug: string }) {
  const [t, f] = await Promise.all([getTranslations('article'), getFormatter()]);
  const content = getContent();
  const { localized, where, section, kicker, crumbs } = await storyPage(content, locale, slug);
  const { story, version, isFallback } = localized;
  const author = content.author(story.authorId)!;
  const topics = story.topicIds.map((id) => content.topic(id)!);
  const device = story.deviceId ? content.device(story.deviceId) : undefined;
  const related = content.related(story, 4);
  const isReview = story.type === 'review';
  const updated = version.updated && version.updated !== story.published ? version.updated : undefined;
  const otherVersions = content.storyLocales(story).filter((l) => l !== locale);
  const url = absoluteUrl(where.paths[locale]);

  return (
    <PageShell where={where} section={section.nav}>
      <JsonLd data={storyJsonLd(content, localized, locale, url)} />
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <nav aria-label={t('breadcrumb')} className="mb-6 text-sm text-muted">
        <ol className="flex flex-wrap gap-x-2">
          {crumbs.map((c, i) => (
            <li key={c.path}>
              <a href={c.path} className="hover:text-accent hover:underline">{c.name}</a>
              {i < crumbs.length - 1 && <span aria-hidden="true"> ›</span>}
            </li>
          ))}
        </ol>
      </nav>

      {isFallback && (
        <p role="note" className="mb-6 rounded-lg border border-line bg-surface px-4 py-3 text-sm">
          {t('untranslatedNotice', { language: localeNames[version.locale] })}
        </p>
      )}

      <article id="story" lang={isFallback ? version.locale : undefined} className="mx-auto max-w-3xl">
        <header className="border-b border-line pb-6">
          <p className="text-sm font-bold tracking-widest text-accent uppercase">{kicker}</p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-bold md:text-5xl">{version.title}</h1>
          <p className="mt-4 text-xl leading-relaxed text-muted">{version.lead}</p>
          <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" lang={locale}>
            <p>
              {t.rich('by', {
                author: author.name,
                link: (chunks) => (
                  <Link href={authorHref(author)} className="font-semibold hover:text-accent hover:underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <p className="text-muted">
              {t.rich('published', await dateValues(story.published, 'long'))}
            </p>
            {updated && <p className="text-muted">{t.rich('updated', await dateValues(updated, 'long'))}</p>}
            <p className="text-muted">{t('readingTime', { minutes: readingMinutesOf(version) })}</p>
          </div>
          {otherVersions.length > 0 && (
            <p className="mt-3 text-sm text-muted" lang={locale}>
              {t('availableIn')}{' '}
              {otherVersions.map((l, i) => (
                <span key={l}>
                  {i > 0 && ', '}
                  <a href={where.paths[l]} hrefLang={l} lang={l} className="more">
                    {localeNames[l]}
                  </a>
                </span>
              ))}
            </p>
          )}
          <div lang={locale}>
            <ShareBar url={url} title={version.title} />
          </div>
        </header>

        {story.image && <StoryImage image={story.image} locale={locale} sizes="(min-width: 768px) 768px, 100vw" priority />}

        {isReview && device && story.rating !== undefined && (
          <aside aria-labelledby="device-heading" className="my-8 rounded-lg border border-line bg-surface p-5" lang={locale}>
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div>
                <h2 id="device-heading" className="text-sm font-bold tracking-widest text-muted uppercase">{t('reviewedDevice')}</h2>
                <p className="mt-1 text-xl font-bold">{deviceName(device)}</p>
                <p className="text-sm text-muted">{t('price', { price: f.number(device.price, 'euros') })}</p>
              </div>
              <div className="text-center">
                <p className="mb-1 text-xs font-semibold text-muted uppercase">{t('ourRating')}</p>
                <RatingBadge rating={story.rating} size="lg" />
              </div>
            </div>
            <h3 className="mt-5 mb-2 font-semibold">{t('keySpecs')}</h3>
            <DeviceSpecs device={device} detail="full" />
            {content.rankingsOf(device.id).length > 0 && (
              <>
                <h3 className="mt-5 mb-2 font-semibold">{t('inRankings')}</h3>
                <ul className="space-y-1 text-sm">
                  {content.rankingsOf(device.id).map(({ ranking, rank }) => (
                    <li key={ranking.id}>
                      <Link href={rankingHref(ranking, locale)} className="text-accent hover:underline">
                        {t('rankInRanking', { rank, ranking: ranking.short[locale] })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </aside>
        )}

        {(version.pros || version.cons) && (
          <div className="my-8 grid gap-4 sm:grid-cols-2">
            {version.pros && (
              <section className="rounded-lg border border-line p-4">
                <h2 className="mb-2 font-bold text-up" lang={locale}>{t('pros')}</h2>
                <ul className="list-disc space-y-1 pl-5">
                  {version.pros.map((p) => <li key={p}>{p}</li>)}
                </ul>
              </section>
            )}
            {version.cons && (
              <section className="rounded-lg border border-line p-4">
                <h2 className="mb-2 font-bold text-down" lang={locale}>{t('cons')}</h2>
                <ul className="list-disc space-y-1 pl-5">
                  {version.cons.map((p) => <li key={p}>{p}</li>)}
                </ul>
              </section>
            )}
          </div>
        )}

        <div className="prose prose-octet mt-8 max-w-none" dangerouslySetInnerHTML={{ __html: bodyHtml(version) }} />

        {isReview && device?.measured && (
          <section aria-labelledby="measurements-heading" className="mt-10" lang={locale}>
            <h2 id="measurements-heading" className="mb-4 text-2xl font-bold">{t('measurements')}</h2>
            <Measurements device={device} ranking={content.rankingsOf(device.id)[0]?.ranking} />
            <p className="mt-4">
              <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: device.id } })} className="font-semibold text-accent underline">
                {t('devicePage')}
              </a>
            </p>
          </section>
        )}

        <footer className="mt-10 space-y-6 border-t border-line pt-6" lang={locale}>
          <nav aria-label={t('topics')}>
            <TopicPills topics={topics} />
          </nav>
          {story.sources.length > 0 && (
            <section aria-labelledby="sources-heading">
              <h2 id="sources-heading" className="mb-2 font-bold">{t('sources')}</h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {story.sources.map((s) => (
                  <li key={`${s.name}${s.url ?? s.date}`}>
                    {s.url ? (
                      <a href={s.url} rel="noopener noreferrer" className="text-accent hover:underline">{s.name}</a>
                    ) : (
                      <span>{s.name}</span>
                    )}
                    {s.date && (
                      <>
                        {', '}
                        <time dateTime={s.date}>{f.dateTime(calendarDay(s.date), 'day')}</time>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </footer>
      </article>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mx-auto mt-14 max-w-5xl">
          <h2 id="related-heading" className="mb-4 border-b border-line pb-2 text-2xl font-bold">{t('related')}</h2>
          <StoryGrid stories={related} />
        </section>
      )}
    </PageShell>
  );
}

