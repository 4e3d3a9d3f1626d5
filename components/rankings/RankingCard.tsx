import type { ReactNode } from 'react';
import RatingBadge from '@/components/ui/RatingBadge';
import type { Ranking } from '@/lib/content/model';

/** A ranking as a card led by its number one's rating; the whole card is its link's target. */
export default function RankingCard({ ranking, children }: { ranking: Ranking; children: ReactNode }) {
  return (
    <li className="ranking-card">
      <RatingBadge rating={ranking.entries[0]!.rating} />
      <div>{children}</div>
    </li>
  );
}
