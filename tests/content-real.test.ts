import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { formatProblem, type RankingEntry } from '@/lib/content/model';

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

  test('every ranking has a late-November update, an earlier version and current hardware, verdicts in five languages', () => {
    assert.ok(index);
    for (const r of index.rankings) {
      assert.ok(r.updated >= '2026-11-25' && r.updated <= '2026-11-30T23:59', `${r.id} updated ${r.updated}`);
      assert.ok(r.history.length >= 1, `${r.id} keeps its earlier versions`);
      assert.ok(r.entries.some((e) => e.device.released >= '2026'), `${r.id} lists at least one 2026 device`);
      for (const e of r.entries) for (const l of locales) assert.ok(e.verdict[l], `${r.id}: ${e.device.id} has a ${l} verdict`);
      for (const l of r.left) assert.ok(l.reason.fr && l.reason.de, `${r.id}: ${l.device.id} left with a reason`);
    }
  });

  test('each form factor has a methodology whose weights sum to 100, and some scores predate its current version', () => {
    assert.ok(index);
    assert.deepEqual(index.methodologies.map((m) => m.formFactor), ['laptop', 'tablet', 'smartphone', 'monitor']);
    for (const m of index.methodologies) assert.equal(m.criteria.reduce((a, c) => a + c.weight, 0), 100, m.formFactor);
    const older = index.rankings.flatMap((r) => r.entries).filter((e) => !index!.scoreOf(e.device.id)!.current);
    assert.ok(new Set(older.map((e) => e.device.id)).size >= 3, 'a handful of ranked devices keep a score from method 2.0');
  });

  test('the devices the newsroom reviews this month sit high in their rankings', () => {
    assert.ok(index);
    const rankOf = (ranking: string, device: string) => index!.ranking(ranking)!.entries.find((e) => e.device.id === device)?.rank ?? 99;
    assert.ok(rankOf('smartphones', 'samsung-galaxy-s26-ultra') <= 3);
    assert.ok(rankOf('ultrabooks', 'asus-zenbook-14-ux3407-panther-lake') <= 3);
    assert.ok(rankOf('ultrabooks', 'hp-omnibook-ultra-14-x2-elite') <= 3);
    assert.ok(rankOf('monitors', 'asus-rog-strix-oled-xg27aqdpg') <= 3);
    // Every device reviewed in November 2026 is in the top half of a ranking.
    const november = index.listStories({ type: 'review' }).filter((s) => s.published.startsWith('2026-11'));
    assert.ok(november.length >= 6, `${november.length} reviews in November`);
    for (const s of november) {
      const places = index.rankingsOf(s.deviceId!);
      assert.ok(
        places.some(({ ranking, rank }) => rank <= ranking.size / 2),
        `${s.deviceId} (reviewed ${s.published.slice(0, 10)}): ${places.map((p) => `No. ${p.rank} of ${p.ranking.id}`).join(', ')}`,
      );
    }
  });

  test('the No. 1 smartphone, ultrabook and monitor each link to a review that gives their rating (issue 16)', () => {
    assert.ok(index);
    for (const id of ['smartphones', 'ultrabooks', 'monitors']) {
      const first: RankingEntry = index.ranking(id)!.entries[0]!;
      assert.ok(first.reviewId, `${id}: ${first.device.id} has no review`);
      assert.equal(index.story(first.reviewId)!.rating, first.rating, `${id}: ${first.reviewId}`);
    }
  });
});
