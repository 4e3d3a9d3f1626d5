/** What every slug and id must look like: the URL stays ASCII and readable in any chat app. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that Unicode decomposition does not turn into ASCII.
const ligatures: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  ł: 'l',
  Ł: 'l',
  þ: 'th',
};

/**
 * Turns a title into a slug: accents transliterated (é → e, œ → oe), apostrophes and any
 * other punctuation become hyphens, lower case, no leading, trailing or doubled hyphen.
 */
export function slugify(input: string): string {
  return input
    .replace(/[œŒæÆßøØđłŁþ]/g, (c) => ligatures[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
