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

export interface ListedEntry {
  entry: RankingEntry;
  /** Position in a reader's view (refine page), when it differs from the published rank. */
  position?: number;
  /** The rating under the reader's weights, when they gave some. */
  readerRating?: number;
}

const escape = (s: string | number) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${escape(value)}"`);

/**
 * A ranking's entries, written as HTML once on the server. A ranking is up to 25 cards of
 * static text and links: as React elements, the page would carry each card twice over (in
 * the HTML, then as an element tree in the React payload); as one HTML string, the payload
 * carries only that string. Nothing in a card needs React on the client: links are plain,
 * and the "compare" checkboxes belong to a plain form (`form="compare"`). All text is
 * escaped; the classes are the component classes of app/globals.css.
 */
export default async function EntryList({ entries }: { entries: ListedEntry[] }) {
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
      .map((s) => `<dt>${escape(s.label)}</dt><dd>${escape(s.value)}</dd>`)
      .join('');
    const links = [
      review ? `<a href="${escape(pathFor(locale, storyHref(content, review, locale)))}">${escape(t('readReview'))} →</a>` : '',
      `<label><input type="checkbox" name="d" value="${escape(d.id)}" form="compare">${escape(t('compareSelect'))}<span class="sr-only"> ${escape(name)}</span></label>`,
    ].join('');
    const badge = score
      ? `<span role="img" aria-label="${escape(tr('aria', { rating: entry.rating, verdict: word }))}" class="rating"><b>${escape(tr('label', { rating: entry.rating }))}</b><span>${escape(word)}</span></span>` +
        `<span class="${score.current ? 'method' : 'method older'}" data-method="${escape(score.method)}">${escape(score.current ? tg('method', { version: score.method }) : tg('olderMethod', { version: score.method }))}</span>`
      : '';
    const reader = readerRating !== undefined && readerRating !== entry.rating ? `<p class="text-xs font-semibold text-accent" data-testid="reader-rating">${escape(tg('readerRating', { rating: readerRating }))}</p>` : '';
    return (
      `<li class="entry" data-rank="${entry.rank}" data-movement="${m.kind}" data-device="${escape(d.id)}">` +
      `<p class="rank"><b><span class="sr-only">${escape(position ? t('position') : t('rank'))} </span>${position ?? entry.rank}</b>` +
      (position
        ? `<span>${escape(t('officialRank', { rank: entry.rank }))}</span>`
        : `<span data-m="${m.kind}"><span aria-hidden="true">${arrows[m.kind]} </span>${escape(move)}</span>`) +
      `</p>` +
      `<h2><a href="${escape(pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } }))}">${escape(name)}</a></h2>` +
      `<p class="price">${priceText}${price.stale ? ` <span class="stale">${escape(tg('stalePrice', { days: stalePriceDays }))}</span>` : ''}</p>` +
      `<dl class="specs">${specs}</dl>` +
      `<p class="kicker">${escape(t('verdict'))}</p>` +
      `<p class="verdict"${attr('lang', verdict.locale !== locale ? verdict.locale : undefined)}>${escape(verdict.text)}</p>` +
      (reason ? `<p class="reason"${attr('lang', reason.locale !== locale ? reason.locale : undefined)}>${escape(reason.text)}</p>` : '') +
      `<p class="links">${links}</p>` +
      `<div class="score">${badge}${reader}</div></li>`
    );
  };

  return <ol className="space-y-4" dangerouslySetInnerHTML={{ __html: entries.map(card).join('') }} />;
}
