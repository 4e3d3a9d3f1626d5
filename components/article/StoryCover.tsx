import type { Story } from '@/lib/content/model';
import { siteName } from '@/lib/site/config';

/** A colour per topic, from a small palette that reads with white text in both themes. */
const palette = ['#7a2318', '#1d4e6b', '#3f5a1e', '#5a2d6b', '#7a5218', '#1e5a52', '#6b1d3f', '#2d3f6b'];
const colourOf = (topicId: string) => palette[[...topicId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % palette.length]!;

/** Words to lines of at most `width` characters, at most `max` lines (the last one shortened). */
function lines(text: string, width: number, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.length > max ? [...out.slice(0, max - 1), `${out[max - 1]}…`] : out;
}

/**
 * The cover of a story that has no picture: its topic and headline, drawn like its link
 * preview. Inline SVG, so it costs no request and follows the page's fonts; decorative
 * (the headline is next to it in text), so hidden from assistive technology.
 */
export default function StoryCover({ story, kicker, title, locale, className = '' }: { story: Story; kicker: string; title: string; locale: string; className?: string }) {
  // 30 characters of bold 60-unit text fit the 1,056 units inside the margins, capitals included.
  const headline = lines(title, 30, 4);
  const top = 300 - headline.length * 38;
  return (
    <svg viewBox="0 0 1200 630" aria-hidden="true" focusable="false" className={className ? `cover ${className}` : 'cover'} data-cover={story.id}>
      <rect width="1200" height="630" fill={colourOf(story.topicIds[0] ?? story.id)} />
      <rect y="600" width="1200" height="30" opacity="0.18" />
      {/* Shared attributes sit on groups: the cover is in the page twice (HTML and payload). */}
      <g fill="#fff">
        <text x="72" y="120" opacity="0.85" fontSize="34" fontWeight="700" letterSpacing="3">
          {kicker.toLocaleUpperCase(locale)}
        </text>
        <g fontSize="60" fontWeight="800">
          {headline.map((l, i) => (
            <text key={i} x="72" y={top + 60 + i * 76}>
              {l}
            </text>
          ))}
        </g>
        <text x="72" y="560" fontSize="40" fontWeight="900">
          {siteName}
          <tspan fill="#ffb4a3">.</tspan>
        </text>
      </g>
    </svg>
  );
}
