import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import { pickText } from '@/lib/content/fallback';
import { deviceName } from '@/lib/content/device-name';
import type { Ranking, RankingUpdate } from '@/lib/content/model';

/** An update's anchor on the history page: `update-2026-11-28`. */
export const updateAnchor = (update: Pick<RankingUpdate, 'date'>) => `update-${update.date.slice(0, 10)}`;

/** Every published version of a ranking, newest first, with what moved and why. */
export function rankingHistory(content: ContentIndex, ranking: Ranking) {
  return content.rankingUpdates(ranking.id);
}

/** One update as plain text, for the ranking's feed: its summary, then each change and its reason. */
export function updateText(update: RankingUpdate, locale: Locale, words: { entered: string; left: string; moved: (from: number, to: number) => string }): string {
  const lines = [update.summary[locale]];
  for (const e of update.entries) {
    if (e.previousRank === e.rank) continue;
    const change = e.previousRank === null ? words.entered : words.moved(e.previousRank, e.rank);
    const reason = e.reason ? ` ${pickText(e.reason, locale).text}` : '';
    lines.push(`${deviceName(e.device)} (${change}).${reason}`);
  }
  for (const l of update.left) lines.push(`${deviceName(l.device)} (${words.left}).${l.reason ? ` ${pickText(l.reason, locale).text}` : ''}`);
  return lines.join('\n');
}
