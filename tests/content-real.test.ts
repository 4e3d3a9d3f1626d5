import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/model';

const { index, problems } = loadContent(path.join(process.cwd(), 'content'));

describe('the newsroom content', () => {
  test('loads with no problem', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  test('every ranking resolves all its devices, in rank order, at its declared size', () => {
    assert.ok(index);
    assert.equal(index.rankings.length, 15);
    for (const r of index.rankings) {
      assert.equal(r.entries.length, r.size, r.id);
      assert.equal(r.size, r.kind === 'monitor' ? 25 : 10, r.id);
      r.entries.forEach((e, i) => {
        assert.equal(e.rank, i + 1, `${r.id} rank ${i + 1}`);
        assert.ok(e.device?.id, `${r.id}: entry ${i + 1} has a device`);
        assert.equal(e.device.kind, r.kind, `${r.id}: ${e.device.id}`);
      });
      for (const l of locales) assert.ok(r.title[l] && r.slug[l], `${r.id} has a ${l} title and slug`);
    }
  });

  test("every review's device exists, and rankings link to it", () => {
    assert.ok(index);
    const reviews = index.listStories({ type: 'review' });
    assert.ok(reviews.length >= 6);
    for (const s of reviews) {
      assert.ok(s.deviceId && index.device(s.deviceId), `${s.id} rates a catalogue device`);
      assert.ok(index.rankingsOf(s.deviceId!).length > 0, `${s.deviceId} is ranked somewhere`);
      for (const { ranking } of index.rankingsOf(s.deviceId!)) {
        assert.equal(ranking.entries.find((e) => e.device.id === s.deviceId)?.reviewId, s.id);
      }
    }
  });

  test('covers the brief: launch story in all five languages, 30+ news, 8+ topics, translations', () => {
    assert.ok(index);
    const launch = index.story('nvidia-openai-investment');
    assert.deepEqual(index.storyLocales(launch!), ['fr', 'en', 'de', 'es', 'it']);
    assert.ok(index.listStories({ type: 'news' }).length >= 31);
    assert.ok(new Set(index.stories.flatMap((s) => s.topicIds)).size >= 8);
    assert.ok(index.stories.filter((s) => s.versions.en && s.originalLocale !== 'en').length >= 10);
    assert.ok(index.stories.filter((s) => s.versions.de).length >= 5);
    const authors = new Set(index.stories.map((s) => s.authorId));
    assert.ok(authors.size >= 3 && authors.size <= 5);
  });
});
