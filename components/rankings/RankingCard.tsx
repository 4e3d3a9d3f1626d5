import type { ReactNode } from 'react';
import RatingBadge from '@/components/ui/RatingBadge';
import type { Ranking } from '@/lib/content/model';

/** A ranking as a card led by its number one's rating; the whole card is its link's target. */
export default function RankingCard({ ranking, children }: { ranking: Ranking; children: ReactNode }) {
  return (
    <li className="relative flex items-center gap-4 rounded-lg border border-line bg-surface p-4 hover:border-accent">
      <RatingBadge rating={ranking.entries[0]!.rating} />
      <div className="min-w-0">{children}</div>
    </li>
  );
}
