import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { specLines } from '@/components/devices/specLines';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { pickText } from '@/lib/content/fallback';
import type { RankingEntry } from '@/lib/content/model';
import { movement } from '@/lib/rankings/changes';
import { currentPrice, stalePriceDays } from '@/lib/rankings/device-facts';
import { ratingWord } from '@/lib/rankings/rating-word';
import { storyHref } from '@/lib/routing/hrefs';
import { pathFor } from '@/lib/routing/paths';
import { calendarDay } from '@/lib/content/calendar-day';
import { escapeHtml } from '@/lib/site/escape-html';
import HtmlOnce from '@/components/ui/HtmlOnce';

export interface ListedEntry {
  entry: RankingEntry;
  /** Position in a reader's view (refine page), when it differs from the published rank. */
  position?: number;
  /** The rating under the reader's weights, when they gave some. */
  readerRating?: number;
}

const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`);

/**
 * A ranking's entries, written as HTML once on the server. A ranking is up to 25 cards of
 * static text and links. Nothing in a card needs React on the client: links are plain, and
 * the "compare" checkboxes belong to a plain form (`form="compare"`). All text is escaped;
 * the classes are the component classes of app/globals.css.
 *
 * The published ranking (`published`: the same cards for every reader at its address) goes
 * through `HtmlOnce`, so the cards are in the document once and the React payload carries
 * only a digest: as a string in the payload, every `<` and `>` would cost six bytes again.
 * A reader's own view (the refine page, shaped by its query string) keeps the string in
 * the payload.
 */
export default async function EntryList({ entries, published }: { entries: ListedEntry[]; published?: boolean }) {
  const [locale, t, tg, tr, ts, f] = await Promise.all([getLocale(), getTranslations('rankings'), getTranslations('guide'), getTranslations('rating'), getTranslations('specs'), getFormatter()]);
  const content = getContent();
  const arrows = { new: '★', same: '=', up: '▲', down: '▼' } as const;

  const card = ({ entry, position, readerRating }: ListedEntry): string => {
    const d = entry.device;
    const name = deviceName(d);
    const m = movement(entry);
    const move = m.kind === 'new' ? t('movement.new') : m.kind === 'same' ? t('movement.same') : t(`movement.${m.kind}`, { places: m.places, previous: m.previous });
    const verdict = pickText(entry.verdict, locale);
    const reason = entry.reason && !position ? pickText(entry.reason, locale) : undefined;
    const review = entry.reviewId ? content.story(entry.reviewId) : undefined;
    const price = currentPrice(d);
    const score = content.scoreOf(d.id);
    const word = tr(ratingWord(entry.rating));
    const priceText = tg.markup('priceOn', {
      price: f.number(price.amount, 'euros'),
      date: f.dateTime(calendarDay(price.date), 'dayMonth'),
      time: (chunks) => `<time datetime="${price.date}">${chunks}</time>`,
    });
    const specs = specLines(d, ts, f)
      .map((s) => `<dt>${escapeHtml(s.label)}</dt><dd>${escapeHtml(s.value)}</dd>`)
      .join('');
    const links = [
      review ? `<a href="${escapeHtml(pathFor(locale, storyHref(content, review, locale)))}">${escapeHtml(t('readReview'))} →</a>` : '',
      `<label><input type="checkbox" name="d" value="${escapeHtml(d.id)}" form="compare">${escapeHtml(t('compareSelect'))}<span class="sr-only"> ${escapeHtml(name)}</span></label>`,
    ].join('');
    const badge = score
      ? `<span role="img" aria-label="${escapeHtml(tr('aria', { rating: entry.rating, verdict: word }))}" class="rating"><b>${escapeHtml(tr('label', { rating: entry.rating }))}</b><span>${escapeHtml(word)}</span></span>` +
        `<span class="${score.current ? 'method' : 'method older'}" data-method="${escapeHtml(score.method)}">${escapeHtml(score.current ? tg('method', { version: score.method }) : tg('olderMethod', { version: score.method }))}</span>`
      : '';
    const reader = readerRating !== undefined && readerRating !== entry.rating ? `<p class="text-xs font-semibold text-accent" data-testid="reader-rating">${escapeHtml(tg('readerRating', { rating: readerRating }))}</p>` : '';
    return (
      `<li class="entry" data-rank="${entry.rank}" data-movement="${m.kind}" data-device="${escapeHtml(d.id)}">` +
      `<p class="rank"><b><span class="sr-only">${escapeHtml(position ? t('position') : t('rank'))} </span>${position ?? entry.rank}</b>` +
      (position
        ? `<span>${escapeHtml(t('officialRank', { rank: entry.rank }))}</span>`
        : `<span data-m="${m.kind}"><span aria-hidden="true">${arrows[m.kind]} </span>${escapeHtml(move)}</span>`) +
      `</p>` +
      `<h2><a href="${escapeHtml(pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } }))}">${escapeHtml(name)}</a></h2>` +
      `<p class="price">${priceText}${price.stale ? ` <span class="stale">${escapeHtml(tg('stalePrice', { days: stalePriceDays }))}</span>` : ''}</p>` +
      `<dl class="specs">${specs}</dl>` +
      `<p class="kicker">${escapeHtml(t('verdict'))}</p>` +
      `<p class="verdict"${attr('lang', verdict.locale !== locale ? verdict.locale : undefined)}>${escapeHtml(verdict.text)}</p>` +
      (reason ? `<p class="reason"${attr('lang', reason.locale !== locale ? reason.locale : undefined)}>${escapeHtml(reason.text)}</p>` : '') +
      `<p class="links">${links}</p>` +
      `<div class="score">${badge}${reader}</div></li>`
    );
  };

  const html = entries.map(card).join('');
  if (published) return <HtmlOnce as="ol" className="space-y-4" html={html} />;
  return <ol className="space-y-4" dangerouslySetInnerHTML={{ __html: html }} />;
}
