/** Words for a score, so a rating is never a bare number (and reads well to a screen reader). */
export type RatingWord = 'exceptional' | 'excellent' | 'veryGood' | 'good' | 'fair' | 'poor';

export function ratingWord(rating: number): RatingWord {
  if (rating >= 90) return 'exceptional';
  if (rating >= 85) return 'excellent';
  if (rating >= 80) return 'veryGood';
  if (rating >= 70) return 'good';
  if (rating >= 60) return 'fair';
  return 'poor';
}
