/**
 * The pixel size an image file really has, read from its header, so that content:check can
 * hold the declared `width` and `height` (which the page uses to reserve the image's place,
 * with no layout shift) to the truth. PNG, JPEG, WebP and SVG; nothing is decoded.
 */
export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'svg';

export function formatOf(file: string): ImageFormat | undefined {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase();
  return ext === 'png' ? 'png' : ext === 'jpg' || ext === 'jpeg' ? 'jpeg' : ext === 'webp' ? 'webp' : ext === 'svg' ? 'svg' : undefined;
}

export const mimeTypes: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml' };

export function imageSize(bytes: Buffer, format: ImageFormat): { width: number; height: number } | undefined {
  switch (format) {
    case 'png':
      if (bytes.length < 24 || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
      return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    case 'jpeg': {
      let i = 2;
      while (i + 9 < bytes.length) {
        if (bytes[i] !== 0xff) return undefined;
        const marker = bytes[i + 1]!;
        const length = bytes.readUInt16BE(i + 2);
        // Start-of-frame markers carry the size; 0xC4 (DHT), 0xC8 (JPG) and 0xCC (DAC) do not.
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
          return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
        }
        i += 2 + length;
      }
      return undefined;
    }
    case 'webp': {
      if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WEBP') return undefined;
      const chunk = bytes.toString('ascii', 12, 16);
      if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
      if (chunk === 'VP8L') {
        const b = bytes.readUInt32LE(21);
        return { width: (b & 0x3fff) + 1, height: ((b >> 14) & 0x3fff) + 1 };
      }
      if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
      return undefined;
    }
    case 'svg': {
      const root = /<svg\b[^>]*>/i.exec(bytes.toString('utf8'))?.[0];
      if (!root) return undefined;
      const attr = (name: string) => new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1];
      const box = /\sviewBox="[\d.]+[\s,]+[\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
      const width = Number(attr('width') ?? box?.[1]);
      const height = Number(attr('height') ?? box?.[2]);
      return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined;
    }
  }
}

/**
 * What an SVG may not hold when it is served from our origin: scripts, event handlers,
 * embedded documents and references to other sites (an image must be self-contained).
 */
export function unsafeSvg(text: string): string | undefined {
  if (/<script\b/i.test(text)) return 'a <script> element';
  if (/\son[a-z]+\s*=/i.test(text)) return 'an event handler attribute';
  if (/<foreignObject\b/i.test(text)) return 'a <foreignObject> element';
  if (/(?:href|src)\s*=\s*["']\s*(?:https?:|javascript:|data:|\/\/)/i.test(text)) return 'a reference to another document';
  if (/<!ENTITY/i.test(text)) return 'an entity declaration';
  return undefined;
}
