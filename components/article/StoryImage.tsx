import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { StoryImage as Image } from '@/lib/content/model';

/**
 * A story's picture: its declared size reserves its place (no layout shift), smaller
 * versions serve small screens, the alternative text is in the reader's language, and the
 * credit is said. `priority` for the one picture the reader sees first.
 */
export default async function StoryImage({ image, locale, sizes, priority = false, caption = true }: { image: Image; locale: Locale; sizes: string; priority?: boolean; caption?: boolean }) {
  const t = await getTranslations('article');
  const srcSet = image.variants.length > 0 ? [...image.variants.map((v) => `${v.url} ${v.width}w`), `${image.url} ${image.width}w`].join(', ') : undefined;
  const img = (
    // The optimizer is off (next.config.ts): pictures ship in the sizes editors gave.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.url}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt[locale]}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className="h-auto w-full rounded-lg bg-surface"
    />
  );
  if (!caption) return img;
  return (
    <figure className="my-6">
      {img}
      <figcaption className="mt-1 text-xs text-muted">{t('imageCredit', { credit: image.credit })}</figcaption>
    </figure>
  );
}
