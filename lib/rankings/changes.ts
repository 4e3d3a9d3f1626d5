import type { Ranking, RankingEntry } from '@/lib/content/model';

export type Movement = { kind: 'new' } | { kind: 'same' } | { kind: 'up' | 'down'; places: number; previous: number };

export function movement(entry: RankingEntry): Movement {
  if (entry.previousRank === null) return { kind: 'new' };
  if (entry.previousRank === entry.rank) return { kind: 'same' };
  return entry.previousRank > entry.rank
    ? { kind: 'up', places: entry.previousRank - entry.rank, previous: entry.previousRank }
    : { kind: 'down', places: entry.rank - entry.previousRank, previous: entry.previousRank };
}

/** What the last update changed: entries, exits and moves, for the summary above the list. */
export function rankingChanges(ranking: Ranking) {
  return {
    entered: ranking.entries.filter((e) => e.previousRank === null),
    left: ranking.left,
    moved: ranking.entries.filter((e) => e.previousRank !== null && e.previousRank !== e.rank),
  };
}
