/**
 * Text for HTML or XML markup written as a string (ranking entries, chart rows, feeds, the
 * plain 404): `&`, `<`, `>` and `"` as entities, so text is safe in an element and in a
 * double-quoted attribute.
 */
export const escapeHtml = (s: string | number): string =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
