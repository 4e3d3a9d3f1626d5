import { getTranslations } from 'next-intl/server';
import { ratingWord } from '@/lib/rankings/rating-word';

export default async function RatingBadge({ rating, size = 'md' }: { rating: number; size?: 'md' | 'lg' }) {
  const t = await getTranslations('rating');
  const word = t(ratingWord(rating));
  return (
    <span
      role="img"
      aria-label={t('aria', { rating, verdict: word })}
      className={`inline-flex flex-col items-center justify-center rounded-lg bg-accent text-accent-ink leading-none ${size === 'lg' ? 'min-w-20 px-3 py-2' : 'min-w-14 px-2 py-1'}`}
    >
      <span className={`font-black tabular-nums ${size === 'lg' ? 'text-3xl' : 'text-lg'}`}>{t('label', { rating })}</span>
      <span className={`mt-0.5 font-semibold ${size === 'lg' ? 'text-sm' : 'text-[0.7rem]'}`}>{word}</span>
    </span>
  );
}
