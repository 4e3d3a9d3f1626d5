import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentTitle } from '@/lib/seo/document-title';

test('a title fits the tab with the site name, alone, or gives way to the editor’s short title', () => {
  assert.equal(documentTitle('Test du Samsung Galaxy S25 Ultra'), 'Test du Samsung Galaxy S25 Ultra');
  const sixtyFive = 'x'.repeat(65);
  assert.deepEqual(documentTitle(sixtyFive), { absolute: sixtyFive });
  assert.equal(documentTitle('y'.repeat(90), 'Short'), 'Short');
  assert.deepEqual(documentTitle('y'.repeat(90), 'z'.repeat(66)), { absolute: 'z'.repeat(66) });
});
