import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { ogSize } from './og';
import Wordmark from '@/components/ui/Wordmark';

/**
 * Link-preview images, 1200×630 PNG. The font ships with the project (@fontsource/inter,
 * Latin and Latin Extended) so every accent renders and nothing is fetched: next/og would
 * go to the network for a glyph its fonts lack, which is also why emoji and narrow
 * no-break spaces are taken out of the text first.
 */

const fontDir = path.join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
let fonts: { name: string; data: Buffer; weight: 400 | 800; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 800] as const).map((weight) => ({
      name: 'Inter',
      data: fs.readFileSync(path.join(fontDir, `inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Keeps what the shipped font can draw: no emoji or pictographs, ordinary spaces. */
export function drawable(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

export interface OgCard {
  kicker: string;
  title: string;
  footer: string;
  rating?: number;
}

export function renderOgImage(card: OgCard): ImageResponse {
  const title = clamp(drawable(card.title), 140);
  const size = title.length <= 60 ? 68 : title.length <= 100 ? 56 : 48;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '60px 72px',
          background: '#141518',
          color: '#ecebe8',
          fontFamily: 'Inter',
          borderBottom: '14px solid #ff8a70',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', fontSize: 46, fontWeight: 800 }}>
            <Wordmark dotColor="#ff8a70" />
          </div>
          <div style={{ display: 'flex', fontSize: 28, color: '#ff8a70', fontWeight: 800, textTransform: 'uppercase', letterSpacing: 2 }}>
            {drawable(card.kicker)}
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: size, fontWeight: 800, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 30, color: '#a7abb4' }}>
          <span>{drawable(card.footer)}</span>
          {card.rating !== undefined && (
            <span style={{ display: 'flex', background: '#ff8a70', color: '#141518', padding: '10px 24px', borderRadius: 14, fontWeight: 800, fontSize: 40 }}>
              {card.rating} %
            </span>
          )}
        </div>
      </div>
    ),
    { ...ogSize, fonts: loadFonts() },
  );
}
