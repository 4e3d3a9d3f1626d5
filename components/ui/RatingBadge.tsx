import { getTranslations } from 'next-intl/server';
import { ratingWord } from '@/lib/rankings/rating-word';

export default async function RatingBadge({ rating, size = 'md' }: { rating: number; size?: 'md' | 'lg' }) {
  const t = await getTranslations('rating');
  const word = t(ratingWord(rating));
  return (
    <span role="img" aria-label={t('aria', { rating, verdict: word })} className={size === 'lg' ? 'rating lg' : 'rating'}>
      <b>{t('label', { rating })}</b>
      <span>{word}</span>
    </span>
  );
}
