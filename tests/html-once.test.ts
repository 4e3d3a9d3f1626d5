import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepHtml, keptHtml, keptLimit } from '@/lib/site/html-once';
import { htmlOnce } from '@/lib/site/html-once-key';

test('the same markup gets the same key, other markup another', () => {
  const a = htmlOnce('<li>a</li>');
  assert.equal(htmlOnce('<li>a</li>'), a);
  assert.notEqual(htmlOnce('<li>b</li>'), a);
  assert.match(a, /^[\w-]{16}$/);
  assert.equal(keptHtml(a), '<li>a</li>');
});

test('the store keeps at most its limit, dropping the oldest first', () => {
  keepHtml('first', 'x');
  for (let i = 0; i < keptLimit; i++) keepHtml(`k${i}`, String(i));
  assert.equal(keptHtml('first'), undefined);
  assert.equal(keptHtml(`k${keptLimit - 1}`), String(keptLimit - 1));
  assert.equal(keptHtml('k0'), '0');
});

test('keeping markup again makes it the newest', () => {
  keepHtml('again', 'y');
  for (let i = 0; i < keptLimit - 1; i++) keepHtml(`m${i}`, String(i));
  keepHtml('again', 'y');
  keepHtml('last', 'z');
  assert.equal(keptHtml('again'), 'y');
});
