import fs from 'node:fs';
import type { RawContent } from './files';
import { formatOf, imageSize, unsafeSvg } from './image-size';

type Report = (file: string, path: string, message: string) => void;

/**
 * A story's picture must be there, be the size the story says (the page reserves that
 * space before the file arrives), keep its proportions in every smaller version, and, as
 * an SVG, hold nothing that could run or fetch. Every image file of a folder is used.
 */
export function validateImages(raw: RawContent, report: Report) {
  for (const story of raw.stories) {
    const original = story.files.find((f) => f.kind === 'original');
    const image = original?.kind === 'original' ? original.fm.image : undefined;
    const used = new Set<string>();
    const check = (name: string, at: string, want: { width: number; height?: number }) => {
      const asset = story.assets.find((a) => a.name === name);
      if (!asset) return report(original!.file, at, `"${name}" is not in ${story.dir}`);
      used.add(name);
      const bytes = fs.readFileSync(asset.abs);
      const format = formatOf(name)!;
      if (format === 'svg') {
        const unsafe = unsafeSvg(bytes.toString('utf8'));
        if (unsafe) report(asset.file, '', `the SVG holds ${unsafe}: an image must be self-contained and inert`);
      }
      const size = imageSize(bytes, format);
      if (!size) return report(asset.file, '', `cannot read the size of this ${format} file`);
      if (size.width !== want.width || (want.height !== undefined && size.height !== want.height))
        report(original!.file, at, `says ${want.width}${want.height !== undefined ? `×${want.height}` : ' wide'}, but ${name} is ${size.width}×${size.height}`);
      return size;
    };
    if (image && original) {
      check(image.file, 'image.file', { width: image.width, height: image.height });
      image.variants.forEach((v, i) => {
        const size = check(v.file, `image.variants[${i}].file`, { width: v.width });
        if (size && Math.abs(size.height - Math.round((v.width * image.height) / image.width)) > 1)
          report(original.file, `image.variants[${i}]`, `${v.file} does not have the proportions of ${image.file} (${image.width}×${image.height})`);
        if (v.width >= image.width) report(original.file, `image.variants[${i}].width`, `a variant is a smaller version: ${v.width} is not under ${image.width}`);
      });
    }
    for (const a of story.assets) if (!used.has(a.name)) report(a.file, '', 'this image is not used by the story: name it in the front matter (image) or remove it');
  }
}
