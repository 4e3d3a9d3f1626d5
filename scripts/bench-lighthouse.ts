import { findChromium } from './tools';

/** Lighthouse as the benchmarks run it: version 12, mobile, in its own headless Chromium. */

export type Throttling = 'simulate' | 'devtools';

/** `simulate` (Lighthouse's default: a slow phone simulated from an unthrottled load) or `devtools` (CPU and network slowed for real). */
export function throttlingMethod(value: string): Throttling {
  if (value === 'simulate' || value === 'devtools') return value;
  throw new Error(`--throttling takes simulate or devtools, not "${value}"`);
}

export interface LighthouseResult {
  performance: number;
  tbt: number;
  fcp: number;
  lcp: number;
  cls: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** A Chromium for Lighthouse, driven through chrome-launcher; kill it when done. */
export async function launchLighthouseChrome() {
  const { launch } = await import('chrome-launcher');
  return launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--no-first-run', '--disable-gpu'] });
}

/** One Lighthouse run of a page. */
export async function lighthouseRun(url: string, port: number, throttling: Throttling): Promise<LighthouseResult> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'], throttlingMethod: throttling });
  const lhr = result!.lhr;
  return {
    performance: Math.round((lhr.categories.performance!.score ?? 0) * 100),
    tbt: Math.round(lhr.audits['total-blocking-time']!.numericValue ?? 0),
    fcp: Math.round(lhr.audits['first-contentful-paint']!.numericValue ?? 0),
    lcp: Math.round(lhr.audits['largest-contentful-paint']!.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']!.numericValue ?? 0).toFixed(3)),
    accessibility: Math.round((lhr.categories.accessibility!.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories['best-practices']!.score ?? 0) * 100),
    seo: Math.round((lhr.categories.seo!.score ?? 0) * 100),
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The run with the median performance score, as Lighthouse's own guidance suggests. */
export function medianRun(samples: LighthouseResult[]): LighthouseResult {
  const mid = median(samples.map((s) => s.performance));
  return samples.find((s) => s.performance === mid)!;
}

/** A difference, with its sign. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** The spread of a page's runs, which says how far apart two medians must be to mean anything. */
export const spread = (samples: LighthouseResult[], of: (r: LighthouseResult) => number) => `${Math.min(...samples.map(of))}–${Math.max(...samples.map(of))}`;
