import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from '@/lib/content/markdown';

// Hostile Markdown and what must never come out of it.
const hostile: { name: string; input: string; mustNot: RegExp[]; must?: RegExp[] }[] = [
  { name: 'inline script', input: 'Hi <script>alert(1)</script> there', mustNot: [/<script/i] },
  { name: 'block script', input: '<script>\nalert(1)\n</script>', mustNot: [/<script/i, /alert/] },
  { name: 'event handler on raw img', input: '<img src="x" onerror="alert(1)">', mustNot: [/onerror/i, /<img/i] },
  { name: 'iframe', input: '<iframe src="https://evil.example"></iframe>', mustNot: [/<iframe/i] },
  { name: 'javascript: link', input: '[click](javascript:alert(1))', mustNot: [/javascript:/i], must: [/click/] },
  { name: 'data: link', input: '[x](data:text/html;base64,PHNjcmlwdD4=)', mustNot: [/data:/i] },
  { name: 'data: image', input: '![x](data:image/svg+xml;base64,PHN2Zz4=)', mustNot: [/data:/i] },
  { name: 'style and form', input: '<style>body{}</style><form action="/x"><input></form>', mustNot: [/<style/i, /<form/i, /<input/i] },
  { name: 'encoded javascript link', input: '[x](jav&#x09;ascript:alert(1))', mustNot: [/ascript:/i] },
  { name: 'svg with script', input: '<svg><script>alert(1)</script></svg>', mustNot: [/<svg/i, /<script/i] },
];

for (const c of hostile) {
  test(`markdown is sanitized: ${c.name}`, () => {
    const html = renderMarkdown(c.input);
    for (const re of c.mustNot) assert.doesNotMatch(html, re);
    for (const re of c.must ?? []) assert.match(html, re);
  });
}

test('external links get rel="noopener noreferrer"; internal ones do not', () => {
  const html = renderMarkdown('[WSJ](https://www.wsj.com/) and [home](/fr)');
  assert.match(html, /<a href="https:\/\/www\.wsj\.com\/" rel="noopener noreferrer">WSJ<\/a>/);
  assert.match(html, /<a href="\/fr">home<\/a>/);
});

test('ordinary Markdown survives: headings, lists, emphasis, tables, quotes', () => {
  const html = renderMarkdown('## Titre\n\n- un\n- deux\n\n**gras** et *italique*\n\n> citation\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
  for (const re of [/<h2>Titre<\/h2>/, /<li>un<\/li>/, /<strong>gras<\/strong>/, /<em>italique<\/em>/, /<blockquote>/, /<table>/, /<td>2<\/td>/]) {
    assert.match(html, re);
  }
});
