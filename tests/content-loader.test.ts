import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/model';
import { five, removeTree, validTree, writeTree, type Tree } from './helpers/content-tree';

type Fm = Record<string, unknown>;
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const article = (tree: Tree, key: string) => tree.articles[key] as { fm: Fm; body: string };
const ranking = (tree: Tree) => tree.rankings['phones.yaml'] as Any;
const phone = (tree: Tree, i: number) => tree.devices['smartphones.yaml']![i] as Any;
const method = (tree: Tree) => tree.methodology['smartphone.yaml'] as Any;

/** The moment the fixture is checked at: its newest date is 28 Nov 2026. */
const now = new Date('2026-12-01T12:00:00Z');

/** A PNG header of a given size: enough for the size check, which reads only the header. */
function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

/** Gives story-one a picture (cover.png, 600×400 by default), with `files` in its folder. */
function withImage(t: Tree, image: Record<string, unknown>, files: Record<string, string | Buffer> = { 'cover.png': png(600, 400) }) {
  article(t, 'story-one/fr').fm.image = { file: 'cover.png', width: 600, height: 400, credit: 'Octet', alt: { fr: 'fr', en: 'en', de: 'de', es: 'es', it: 'it' }, ...image };
  t.assets = Object.fromEntries(Object.entries(files).map(([name, value]) => [`story-one/${name}`, value]));
}

function problemsOf(change: (tree: Tree) => void) {
  const tree = validTree();
  change(tree);
  const root = writeTree(tree);
  try {
    const { index, problems } = loadContent(root, 'content', { now });
    return { index, messages: problems.map(formatProblem) };
  } finally {
    removeTree(root);
  }
}

describe('content loader on a small fixture tree', () => {
  test('a valid tree loads with no problem', () => {
    const { index, messages } = problemsOf(() => {});
    assert.deepEqual(messages, []);
    assert.ok(index);
    assert.equal(index.stories.length, 2);
    // An apostrophe becomes a hyphen and accents are transliterated when the slug is derived.
    assert.equal(index.story('story-one')!.versions.fr!.slug, 'l-ecran-du-telephone');
  });

  // Each class of problem, the change that causes it, and what the message must say.
  const cases: { name: string; change: (t: Tree) => void; expect: RegExp }[] = [
    { name: 'unknown author', change: (t) => void (article(t, 'story-one/fr').fm.author = 'bob'), expect: /articles\/story-one\/fr\.md › author: unknown author "bob"/ },
    {
      name: 'headline too long for a browser tab, without a short title',
      change: (t) => void (article(t, 'story-one/fr').fm.title = 'Un titre de une très long, bien plus long que ce que montre un onglet de navigateur'),
      expect: /story-one\/fr\.md › shortTitle: the title has 83 characters, more than a browser tab or a search result shows: give a shortTitle of at most 70/,
    },
    {
      name: 'short title still too long',
      change: (t) => void (article(t, 'story-one/en').fm.shortTitle = 'x'.repeat(71)),
      expect: /story-one\/en\.md › shortTitle: must be at most 70 characters/,
    },
    { name: 'unknown topic', change: (t) => void (article(t, 'story-one/fr').fm.topics = ['phones', 'cars']), expect: /story-one\/fr\.md › topics\[1\]: unknown topic "cars"/ },
    { name: 'unknown reviewed device', change: (t) => void (article(t, 'review-phone-1/fr').fm.device = 'phone-99'), expect: /review-phone-1\/fr\.md › device: unknown device "phone-99"/ },
    { name: 'unknown ranking device', change: (t) => void (ranking(t).entries[4]!.device = 'ghost'), expect: /rankings\/phones\.yaml › entries\[4\]\.device: unknown device "ghost"/ },
    { name: 'translation of a missing original', change: (t) => void (article(t, 'story-one/en').fm.translatedFrom = 'de'), expect: /story-one\/en\.md › translatedFrom: says "de"/ },
    { name: 'story without original', change: (t) => {
        delete t.articles['review-phone-1/fr'];
        t.articles['review-phone-1/en'] = { fm: { translatedFrom: 'fr', title: 'T', lead: 'L' }, body: 'B' };
      }, expect: /articles\/review-phone-1: no original/ },
    { name: 'duplicate slug in a locale', change: (t) => void (article(t, 'review-phone-1/fr').fm.slug = 'l-ecran-du-telephone'), expect: /slug "l-ecran-du-telephone" is already used in fr/ },
    { name: 'badly formed slug', change: (t) => void (article(t, 'story-one/en').fm.slug = 'The Phone'), expect: /story-one\/en\.md › slug: must be ASCII lower case/ },
    { name: 'alias that is a live slug', change: (t) => void (article(t, 'story-one/fr').fm.aliases = ['test-phone-1']), expect: /aliases\[0\]: alias "test-phone-1" is the live slug/ },
    { name: 'wrong ranking size', change: (t) => void ranking(t).entries.pop(), expect: /phones\.yaml › entries: has 9 entries but the ranking's size is 10/ },
    { name: 'size other than 10 or 25', change: (t) => void (ranking(t).size = 12), expect: /phones\.yaml › size: must be 10 or 25/ },
    { name: 'date without time zone', change: (t) => void (article(t, 'story-one/fr').fm.published = '2026-01-30T08:30:00'), expect: /story-one\/fr\.md › published: must be an ISO 8601 date-time with a time zone/ },
    { name: 'impossible date', change: (t) => void (article(t, 'story-one/fr').fm.published = '2026-02-30T08:30:00+01:00'), expect: /published: must be an ISO 8601/ },
    { name: 'device listed twice', change: (t) => void (ranking(t).entries[4].device = 'phone-4'), expect: /entries\[4\]\.device: "phone-4" is listed twice/ },
    { name: 'review rating below 0', change: (t) => void (article(t, 'review-phone-1/fr').fm.rating = -1), expect: /review-phone-1\/fr\.md › rating: must be between 0 and 100/ },
    { name: 'negative price', change: (t) => void (phone(t, 2).prices[0].amount = -5), expect: /devices\/smartphones\.yaml › \[2\]\.prices\[0\]\.amount: must be a positive price/ },
    { name: 'translation with another author', change: (t) => void (article(t, 'story-one/en').fm.author = 'ana2'), expect: /story-one\/en\.md › author: "ana2" contradicts the original's author "ana"/ },
    { name: 'translation with another date', change: (t) => void (article(t, 'story-one/en').fm.published = '2026-01-31T08:30:00+01:00'), expect: /story-one\/en\.md › published: .* contradicts the original's date/ },
    { name: 'source that is a bare home page', change: (t) => void (article(t, 'story-one/fr').fm.sources = [{ name: 'WSJ', url: 'https://www.wsj.com/' }]), expect: /story-one\/fr\.md › sources\[0\]\.url: "https:\/\/www\.wsj\.com\/" is a home page, not the article/ },
    { name: 'source that is a home page without a slash', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[0]!.url = 'https://www.reuters.com'), expect: /story-one\/fr\.md › sources\[0\]\.url: .* is a home page/ },
    { name: 'source that is a language home page', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[]).push({ name: 'LG', url: 'https://www.lg.com/fr/' })), expect: /story-one\/fr\.md › sources\[2\]\.url: "https:\/\/www\.lg\.com\/fr\/" is a home page/ },
    { name: 'source with neither url nor date', change: (t) => void (article(t, 'story-one/fr').fm.sources = [{ name: 'Reuters' }]), expect: /story-one\/fr\.md › sources\[0\]: a source needs the url of the article itself or, when that is not known, the date/ },
    { name: 'source date that is not a day', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[1]!.date = '29/01/2026'), expect: /story-one\/fr\.md › sources\[1\]\.date: must be a date like "2026-01-29"/ },
    { name: 'source date that does not exist', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[1]!.date = '2026-02-30'), expect: /story-one\/fr\.md › sources\[1\]\.date: is not a real calendar date/ },
    { name: 'unknown source field', change: (t) => void ((article(t, 'story-one/fr').fm.sources as Fm[])[1]!.link = 'x'), expect: /story-one\/fr\.md › sources\[1\]: Unrecognized key: "link"/ },
    { name: 'news without a source', change: (t) => void (article(t, 'story-one/fr').fm.sources = []), expect: /story-one\/fr\.md › sources: a news story must cite at least one source/ },
    { name: 'unknown field', change: (t) => void (article(t, 'story-one/fr').fm.titel = 'x'), expect: /story-one\/fr\.md: Unrecognized key: "titel"/ },
    { name: 'YAML syntax error', change: (t) => void (t.articles['story-one/fr'] = '---\ntitle: "unclosed\nlead: x\n---\nBody'), expect: /story-one\/fr\.md › line \d+: invalid YAML/ },
    { name: 'missing front matter', change: (t) => void (t.articles['story-one/fr'] = 'Just text'), expect: /story-one\/fr\.md: missing front matter/ },
    { name: 'device of the wrong kind', change: (t) => void (phone(t, 0).kind = 'monitor'), expect: /devices\/smartphones\.yaml › \[0\]\.specs\.size/ },
    { name: 'price above a ranking cap', change: (t) => void (ranking(t).maxPrice = 400), expect: /entries\[3\]\.device: "phone-4" costs 450 €, above this ranking's cap of 400 €/ },
    { name: 'review rating that is not the device score', change: (t) => {
        article(t, 'review-phone-1/fr').fm.rating = 88;
        phone(t, 0).score.tested = '2026-01-20';
      }, expect: /review-phone-1\/fr\.md › rating: is 88 but the device's score in content\/devices\/smartphones\.yaml states 90/ },
  ];

  // The buying guide: one row per class of problem content:check refuses.
  const catalogue: { name: string; change: (t: Tree) => void; expect: RegExp }[] = [
    // Methodology
    { name: 'weights that do not sum to 100', change: (t) => void (method(t).criteria[0].weight = 25), expect: /methodology\/smartphone\.yaml › criteria: weights sum to 105, not 100/ },
    { name: 'older version without its weights', change: (t) => void delete method(t).changelog[1].weights, expect: /smartphone\.yaml › changelog\[1\]\.weights: is missing/ },
    { name: 'older weights that do not sum to 100', change: (t) => void (method(t).changelog[1].weights.camera = 30), expect: /changelog\[1\]\.weights: sum to 110, not 100/ },
    { name: 'changelog not starting with the current version', change: (t) => void (method(t).version = '2.2'), expect: /changelog\[0\]\.version: is "2\.1" but the current version is "2\.2"/ },
    { name: 'a metric without a test', change: (t) => void method(t).tests.pop(), expect: /smartphone\.yaml › tests: no test describes how surfaceTemperature is measured/ },
    { name: 'a test in a unit its metric does not use', change: (t) => void (method(t).tests[0].unit = 'cd/m²'), expect: /tests\[0\]\.unit: "cd\/m²" is not a unit of battery/ },
    { name: 'a methodology file named after another form factor', change: (t) => void (method(t).formFactor = 'tablet'), expect: /methodology\/smartphone\.yaml › formFactor: is "tablet" but the file is named "smartphone"/ },
    { name: 'a method that takes effect in the future', change: (t) => void (method(t).effective = '2027-01-01T00:00:00+01:00'), expect: /smartphone\.yaml › effective: .* is later than today/ },
    // Scores
    { name: 'a missing criterion', change: (t) => void delete phone(t, 3).score.criteria.camera, expect: /smartphones\.yaml › \[3\]\.score\.criteria: is missing criterion "camera"/ },
    { name: 'a sub-score of an unknown criterion', change: (t) => void (phone(t, 3).score.criteria.sound = 80), expect: /\[3\]\.score\.criteria\.sound: unknown criterion "sound"/ },
    { name: 'a rating that is not the rounded weighted sum', change: (t) => void (phone(t, 3).score.criteria.camera = 80), expect: /\[3\]\.score\.rating: is 87 but the weighted sum of the sub-scores is 85\.25, which rounds to 85/ },
    { name: 'a rating above 100', change: (t) => void (phone(t, 0).score.rating = 120), expect: /\[0\]\.score\.rating: must be between 0 and 100/ },
    { name: 'a sub-score above 100', change: (t) => void (phone(t, 3).score.criteria.camera = 120), expect: /\[3\]\.score\.criteria\.camera: must be between 0 and 100/ },
    { name: 'an unknown method version', change: (t) => void (phone(t, 3).score.method = '1.0'), expect: /\[3\]\.score\.method: "1\.0" is not a version of the smartphone methodology/ },
    { name: 'an older method after its successor took effect', change: (t) => void (phone(t, 3).score.method = '2.0'), expect: /\[3\]\.score\.method: is 2\.0, but the device was tested on 2026-10-01, when method 2\.1 already applied/ },
    { name: 'a test date in the future', change: (t) => void (phone(t, 3).score.tested = '2026-12-24'), expect: /\[3\]\.score\.tested: 2026-12-24 is later than today/ },
    { name: 'a ranked device without a score', change: (t) => void delete phone(t, 3).score, expect: /\[3\]\.score: is missing: "phone-4" is ranked in "phones"/ },
    // Measurements
    { name: 'a ranked device without its measurements', change: (t) => void delete phone(t, 3).measured.colour, expect: /\[3\]\.measured: lacks colour: "phone-4" is ranked in "phones"/ },
    { name: 'a measurement without a unit', change: (t) => void delete phone(t, 3).measured.battery.unit, expect: /\[3\]\.measured\.battery\.unit: is missing: every measurement states its unit/ },
    { name: 'a measurement without a test', change: (t) => void delete phone(t, 3).measured.battery.test, expect: /\[3\]\.measured\.battery\.test: is missing: every measurement names the test/ },
    { name: 'a measurement whose unit is not its test\'s', change: (t) => void (phone(t, 3).measured.colour.unit = '% sRGB'), expect: /\[3\]\.measured\.colour\.unit: is "% sRGB" but test "gamut-p3" gives colour in "% DCI-P3"/ },
    { name: 'a measurement from an unknown test', change: (t) => void (phone(t, 3).measured.battery.test = 'video-150'), expect: /\[3\]\.measured\.battery\.test: unknown test "video-150"/ },
    { name: 'a measurement from another metric\'s test', change: (t) => void (phone(t, 3).measured.battery = { value: 1, unit: 'h', test: 'full-white' }), expect: /measured\.battery\.test: test "full-white" measures brightness, not battery/ },
    { name: 'a metric the form factor is not measured for', change: (t) => void (phone(t, 3).measured.noise = { value: 30, unit: 'dB(A)', test: 'mixed-200' }), expect: /\[3\]\.measured\.noise: is not a smartphone measurement/ },
    // Prices and specs
    { name: 'a price without a date', change: (t) => void delete phone(t, 3).prices[0].date, expect: /\[3\]\.prices\[0\]\.date: must be a real day/ },
    { name: 'a price dated in the future', change: (t) => void (phone(t, 3).prices[0].date = '2026-12-25'), expect: /\[3\]\.prices\[0\]\.date: 2026-12-25 is later than today \(2026-12-01\)/ },
    { name: 'an undated price in the old format', change: (t) => void ((phone(t, 3).price = 450), delete phone(t, 3).prices), expect: /\[3\]\.prices: must be a list of dated prices/ },
    { name: 'two prices on one day', change: (t) => void (phone(t, 3).prices[1].date = '2026-11-27'), expect: /\[3\]\.prices\[1\]\.date: two prices are observed on 2026-11-27/ },
    { name: 'a price before the release', change: (t) => void (phone(t, 3).prices[1].date = '2025-08-30'), expect: /\[3\]\.prices\[1\]\.date: 2025-08-30 is before the device's release \(2025-09\)/ },
    { name: 'a panel outside the list', change: (t) => void (phone(t, 3).specs.screen.panel = 'Retina'), expect: /\[3\]\.specs\.screen\.panel: must be one of IPS/ },
    { name: 'an OS edition outside Windows', change: (t) => void (phone(t, 3).specs.os.edition = 'pro'), expect: /\[3\]\.specs\.os\.edition: only Windows has an edition/ },
    // Rankings
    { name: 'a move without a reason', change: (t) => void delete ranking(t).entries[1].reason, expect: /phones\.yaml › entries\[1\]\.reason: is missing: "phone-2" moves from No\. 1 to No\. 2/ },
    { name: 'an entry without a reason', change: (t) => void delete ranking(t).entries[9].reason, expect: /entries\[9\]\.reason: is missing: "phone-10" is new at this update/ },
    { name: 'a device that vanished from the list', change: (t) => void (ranking(t).left = []), expect: /phones\.yaml › left: "phone-11" \(No\. 10 on 2026-11-05\) left the list without being listed/ },
    { name: 'an exit that was not in the previous list', change: (t) => void ranking(t).left.push({ device: 'phone-12', reason: five('Gone') }), expect: /left\[1\]\.device: "phone-12" was not in the previous list/ },
    { name: 'an exit that is still listed', change: (t) => void ranking(t).left.push({ device: 'phone-3', reason: five('Gone') }), expect: /left\[1\]\.device: "phone-3" is said to have left but is still listed/ },
    { name: 'an exit without a reason', change: (t) => void delete ranking(t).left[0].reason, expect: /left\[0\]\.reason: is missing/ },
    { name: 'a verdict missing a language', change: (t) => void delete ranking(t).entries[0].verdict.it, expect: /entries\[0\]\.verdict\.it: is missing: every verdict is written in fr, en, de, es and it/ },
    { name: 'an update dated after now', change: (t) => void (ranking(t).updated = '2026-12-02T09:00:00+01:00'), expect: /phones\.yaml › updated: .* is later than now/ },
    { name: 'a history date after now', change: (t) => void (ranking(t).history[1].date = '2027-01-01T09:00:00+01:00'), expect: /history\[1\]\.date: 2027-01-01T09:00:00\+01:00 is later than now/ },
    { name: 'a history out of date order', change: (t) => void (ranking(t).history[0].date = '2026-11-29T09:00:00+01:00'), expect: /history\[0\]\.date: .* is not earlier than `updated`/ },
    { name: 'an unknown device in the history', change: (t) => void (ranking(t).history[1].order[3] = 'ghost'), expect: /history\[1\]\.order\[3\]: unknown device "ghost"/ },
    { name: 'a history reason for a device not concerned', change: (t) => void (ranking(t).history[1].reasons = { 'phone-10': { fr: 'x', en: 'x' } }), expect: /history\[1\]\.reasons\.phone-10: "phone-10" is neither in this version/ },
    { name: 'a device of the wrong kind in a ranking', change: (t) => void (ranking(t).kind = 'tablet'), expect: /entries\[0\]\.device: "phone-1" is a smartphone, this ranking lists tablets/ },
    // Verdict figures
    { name: 'a verdict price far from the current price', change: (t) => void (ranking(t).entries[2].verdict.fr = 'Excellent pour 600 euros.'), expect: /entries\[2\]\.verdict\.fr: says "600 euros" but the current price is 400 €/ },
    { name: 'a verdict price ceiling the device exceeds', change: (t) => void (ranking(t).entries[5].verdict.en = 'The best phone under €500.'), expect: /entries\[5\]\.verdict\.en: says "€500" but the current price is 550 €/ },
    { name: 'a verdict battery figure far from the measurement', change: (t) => void (ranking(t).entries[0].verdict.fr = "Plus de vingt heures d'autonomie."), expect: /entries\[0\]\.verdict\.fr: says "vingt heures" but the measured battery life is 15 h/ },
    { name: 'a verdict refresh rate absent from the specs', change: (t) => void (ranking(t).entries[0].verdict.en = 'A smooth 144 Hz screen.'), expect: /entries\[0\]\.verdict\.en: says "144 Hz" but the device's screen runs at 120 Hz/ },
    { name: 'a story dated after the build', change: (t) => void (article(t, 'story-one/fr').fm.published = '2099-01-01T08:00:00+01:00'), expect: /story-one\/fr\.md › published: 2099-01-01T08:00:00\+01:00 is in the future/ },
    { name: 'a picture that is not in the story folder', change: (t) => withImage(t, { file: 'cover.png' }, {}), expect: /story-one\/fr\.md › image\.file: "cover\.png" is not in content\/articles\/story-one/ },
    { name: 'a picture whose declared size is not its size', change: (t) => withImage(t, { file: 'cover.png', width: 1200 }), expect: /story-one\/fr\.md › image\.file: says 1200×400, but cover\.png is 600×400/ },
    { name: 'a smaller version with other proportions', change: (t) => withImage(t, { variants: [{ file: 'small.png', width: 300 }] }, { 'small.png': png(300, 300) }), expect: /image\.variants\[0\]: small\.png does not have the proportions of cover\.png/ },
    { name: 'an SVG that runs a script', change: (t) => withImage(t, { file: 'cover.svg' }, { 'cover.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><script>alert(1)</script></svg>' }), expect: /story-one\/cover\.svg: the SVG holds a <script> element/ },
    { name: 'an image file no story uses', change: (t) => void (t.assets = { 'story-one/stray.png': png(10, 10) }), expect: /story-one\/stray\.png: this image is not used by the story/ },
    { name: 'a picture without alternative text in every language', change: (t) => withImage(t, { alt: { fr: 'Texte' } }), expect: /story-one\/fr\.md › image\.alt\.en/ },
    { name: 'straight quotes in a French lead', change: (t) => void (article(t, 'story-one/fr').fm.lead = 'Il parle d\'un "projet géant".'), expect: /story-one\/fr\.md › lead: straight quotes: quote in fr with « »/ },
    { name: 'straight quotes in a German verdict', change: (t) => void (ranking(t).entries[1].verdict.de = 'Ein "Geheimtipp".'), expect: /entries\[1\]\.verdict\.de: straight quotes: quote in de with „ “/ },
    { name: 'French punctuation stuck to its word', change: (t) => void (article(t, 'story-one/fr').body = 'Attention! Un texte.'), expect: /story-one\/fr\.md › body: "n!": French puts a space before !/ },
    { name: 'a verdict weight far from the specs', change: (t) => void (ranking(t).entries[0].verdict.fr = 'Seulement 150 g.'), expect: /entries\[0\]\.verdict\.fr: says "150 g" but the device weighs 180 g/ },
    // Comparisons
    { name: 'a comparison of devices of different kinds', change: (t) => {
        t.devices['tablets.yaml'] = [{ ...phone(t, 11), id: 'tab-1', kind: 'tablet' }];
        t.comparisons = [{ devices: ['phone-1', 'tab-1'] }];
      }, expect: /comparisons\.yaml › \[0\]\.devices: compares devices of different kinds/ },
    { name: 'a comparison of an unknown device', change: (t) => void (t.comparisons = [{ devices: ['phone-1', 'ghost'] }]), expect: /comparisons\.yaml › \[0\]\.devices\[1\]: unknown device "ghost"/ },
    { name: 'a comparison repeating a device', change: (t) => void (t.comparisons = [{ devices: ['phone-1', 'phone-1'] }]), expect: /comparisons\.yaml › \[0\]\.devices\[1\]: "phone-1" is compared with itself/ },
    { name: 'a comparison of one device', change: (t) => void (t.comparisons = [{ devices: ['phone-1'] }]), expect: /comparisons\.yaml › \[0\]\.devices: compare at least 2 devices/ },
    { name: 'a comparison of five devices', change: (t) => void (t.comparisons = [{ devices: ['phone-1', 'phone-2', 'phone-3', 'phone-4', 'phone-5'] }]), expect: /\[0\]\.devices: compare at most 4 devices/ },
    { name: 'the same comparison twice', change: (t) => void (t.comparisons = [{ devices: ['phone-1', 'phone-2'] }, { devices: ['phone-2', 'phone-1'] }]), expect: /comparisons\.yaml › \[1\]: the same devices are already compared at \[0\]/ },
  ];

  for (const c of [...cases, ...catalogue]) {
    test(`reports: ${c.name}`, () => {
      const { index, messages } = problemsOf(c.change);
      assert.equal(index, undefined, 'a broken tree must not produce an index');
      assert.ok(messages.some((m) => c.expect.test(m)), `expected ${c.expect} in:\n${messages.join('\n')}`);
    });
  }

  test('reports several problems together, each with its file', () => {
    const { messages } = problemsOf((t) => {
      article(t, 'story-one/fr').fm.author = 'bob';
      phone(t, 5).prices[0].date = '2027-01-01';
      delete ranking(t).entries[9].reason;
    });
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('articles/story-one/fr.md')));
    assert.ok(messages.some((m) => m.includes('rankings/phones.yaml › entries[9].reason')));
    assert.ok(messages.some((m) => m.includes('devices/smartphones.yaml › [5].prices[0].date')));
  });

  test('a former slug and another locale slug resolve to the canonical slug', () => {
    const { index } = problemsOf((t) => void (article(t, 'story-one/fr').fm.aliases = ['ancien-titre']));
    assert.ok(index);
    assert.deepEqual(
      { slug: index.resolveStory('fr', 'ancien-titre')?.slug, canonical: index.resolveStory('fr', 'ancien-titre')?.canonical },
      { slug: 'l-ecran-du-telephone', canonical: false },
    );
    assert.equal(index.resolveStory('en', 'l-ecran-du-telephone')?.slug, 'the-phone-screen');
    assert.equal(index.resolveStory('en', 'the-phone-screen')?.canonical, true);
    // No German translation: the original's slug is the German page's own.
    assert.equal(index.resolveStory('de', 'l-ecran-du-telephone')?.canonical, true);
    assert.equal(index.resolveStory('fr', 'nothing-here'), undefined);
  });

  test('ranks, previous ranks, exits and ratings are derived from the files', () => {
    const { index } = problemsOf(() => {});
    assert.ok(index);
    const r = index.ranking('phones')!;
    assert.deepEqual(
      r.entries.slice(0, 3).map((e) => [e.rank, e.device.id, e.previousRank, e.rating]),
      [[1, 'phone-1', 2, 90], [2, 'phone-2', 1, 89], [3, 'phone-3', 3, 88]],
    );
    assert.equal(r.entries[9]!.previousRank, null, 'phone-10 is new');
    assert.equal(r.entries[9]!.reason?.de, 'Why phone-10 de');
    assert.equal(r.entries[0]!.reviewId, 'review-phone-1');
    assert.deepEqual(r.left.map((l) => [l.device.id, l.previousRank, l.reason.fr]), [['phone-11', 10, 'Replaced fr']]);
  });

  test('the history resolves each earlier version with its own moves and exits', () => {
    const { index } = problemsOf(() => {});
    const r = index!.ranking('phones')!;
    assert.equal(r.history.length, 2);
    const [nov, oct] = r.history;
    assert.equal(nov!.date, '2026-11-05T09:00:00+01:00');
    assert.deepEqual(nov!.entries.find((e) => e.device.id === 'phone-9')!.previousRank, null, 'phone-9 entered on 5 Nov');
    assert.deepEqual(nov!.left.map((l) => [l.device.id, l.previousRank]), [['phone-12', 9]]);
    assert.equal(nov!.entries.find((e) => e.device.id === 'phone-11')!.reason?.en, 'Enters');
    assert.deepEqual(oct!.left, [], 'the first version has nothing before it');
    assert.deepEqual(oct!.entries.map((e) => e.previousRank), Array(10).fill(null));
    const updates = index!.rankingUpdates('phones');
    assert.deepEqual(updates.map((u) => u.date.slice(0, 10)), ['2026-11-28', '2026-11-05', '2026-10-01']);
  });

  test("a device's rank timeline covers every update of every ranking it appeared in", () => {
    const { index } = problemsOf(() => {});
    assert.deepEqual(
      index!.rankTimeline('phone-11').map((p) => [p.rankingId, p.date.slice(0, 10), p.rank]),
      [['phones', '2026-10-01', 10], ['phones', '2026-11-05', 10], ['phones', '2026-11-28', null]],
    );
    assert.deepEqual(index!.rankTimeline('phone-10').map((p) => p.rank), [null, null, 10]);
    assert.deepEqual(index!.rankTimeline('phone-12').map((p) => p.rank), [9, null, null]);
    assert.deepEqual(index!.rankTimeline('nothing'), []);
  });

  test('price is the latest observation; prices are newest first', () => {
    const { index } = problemsOf((t) => {
      phone(t, 0).prices = [
        { date: '2026-09-01', amount: 999, currency: 'EUR' },
        { date: '2026-11-27', amount: 849, currency: 'EUR' },
        { date: '2026-10-15', amount: 899, currency: 'EUR' },
      ];
    });
    const d = index!.device('phone-1')!;
    assert.equal(d.price, 849);
    assert.deepEqual(d.prices.map((p) => p.date), ['2026-11-27', '2026-10-15', '2026-09-01']);
  });

  test('a rating is the weighted sum rounded half up, under the weights of its own method version', () => {
    // 2.0 weighs performance 25 and camera 20: 25×80 + 15×90 + 20×90 + 20×100 + 10×90 + 10×90 = 8950 → 89.5 → 90.
    const criteria = { performance: 80, display: 90, battery: 90, camera: 100, build: 90, software: 90 };
    const { index, messages } = problemsOf((t) => void (phone(t, 11).score = { method: '2.0', tested: '2026-08-20', criteria, rating: 90 }));
    assert.deepEqual(messages, []);
    assert.deepEqual(index!.scoreOf('phone-12'), { method: '2.0', tested: '2026-08-20', criteria, rating: 90, current: false });
    assert.equal(index!.scoreOf('phone-1')!.current, true);
    // Under 2.1 (camera 25, performance 20) the same sub-scores make 90.5, which rounds up to 91.
    const refused = problemsOf((t) => void (phone(t, 11).score = { method: '2.1', tested: '2026-10-20', criteria, rating: 90 }));
    assert.ok(refused.messages.some((m) => /\[11\]\.score\.rating: is 90 but the weighted sum of the sub-scores is 90\.5, which rounds to 91/.test(m)), refused.messages.join('\n'));
  });

  test('methodologies and comparisons are exposed with their devices', () => {
    const { index } = problemsOf(() => {});
    const m = index!.methodology('smartphone')!;
    assert.equal(m.version, '2.1');
    assert.deepEqual(m.versions.map((v) => [v.version, v.weights.camera]), [['2.1', 25], ['2.0', 20]]);
    assert.equal(index!.resolveMethodology('en', 'phones-method-fr')?.slug, 'phones-method-en');
    assert.deepEqual(index!.comparisons.map((c) => c.devices.map((d) => d.id)), [['phone-1', 'phone-2']]);
    assert.equal(index!.comparisonsOf('phone-2').length, 1);
  });
});
