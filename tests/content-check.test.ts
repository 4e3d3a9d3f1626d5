import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { removeTree, validTree, writeTree } from './helpers/content-tree';

const check = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });

test('content:check passes a valid tree', () => {
  const dir = writeTree(validTree());
  try {
    const res = check(dir);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /content ok/);
  } finally {
    removeTree(dir);
  }
});

test('content:check (and so the build) refuses a broken tree, naming every file and field', () => {
  const tree = validTree();
  (tree.articles['story-one/fr'] as { fm: Record<string, unknown> }).fm.author = 'nobody';
  (tree.devices['smartphones.yaml']![2] as { score: { criteria: Record<string, number> } }).score.criteria.camera = 50;
  const dir = writeTree(tree);
  try {
    const res = check(dir);
    assert.equal(res.status, 1);
    assert.match(res.stderr, /2 problems/);
    assert.match(res.stderr, /articles\/story-one\/fr\.md › author: unknown author "nobody"/);
    assert.match(res.stderr, /devices\/smartphones\.yaml › \[2\]\.score\.rating: is 88 but the weighted sum of the sub-scores is 78\.5, which rounds to 79/);
  } finally {
    removeTree(dir);
  }
});

test('content:check refuses a source that links a bare home page, naming file and field', () => {
  const tree = validTree();
  (tree.articles['story-one/fr'] as { fm: Record<string, unknown> }).fm.sources = [
    { name: 'The Wall Street Journal', url: 'https://www.wsj.com/' },
    { name: 'Reuters', date: '2026-01-30' },
  ];
  const dir = writeTree(tree);
  try {
    const res = check(dir);
    assert.equal(res.status, 1);
    assert.match(res.stderr, /1 problem\b/);
    assert.match(res.stderr, /articles\/story-one\/fr\.md › sources\[0\]\.url: "https:\/\/www\.wsj\.com\/" is a home page, not the article/);
  } finally {
    removeTree(dir);
  }
});
