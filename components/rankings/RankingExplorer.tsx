'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultView, fromQuery, maxCompared, toggleCompared, toQuery, visible, type ExplorerItem, type Sort, type View } from '@/lib/rankings/explorer-state';

/** A ranked device as the explorer shows it: the numbers it sorts by, and its ready-made strings. */
export interface ExplorerDevice extends ExplorerItem {
  name: string;
  specs: { label: string; value: string }[];
  priceLabel: string;
  ratingLabel: string;
  compareLabel: string;
}

/** Every string the explorer shows, formatted on the server: no message formatter ships. */
export interface ExplorerLabels {
  tools: string;
  sortBy: string;
  sortRank: string;
  sortRating: string;
  sortPrice: string;
  sortWeight: string;
  maxPrice: string;
  maxWeight: string;
  any: string;
  reset: string;
  compareHint: string;
  compareTitle: string;
  compareClear: string;
  device: string;
  rank: string;
  rating: string;
  /** `showing[n]`: the status line when n devices are shown. */
  showing: string[];
}

type Step = { value: number; label: string };

/**
 * Sort, filter and compare on top of the server-rendered list. Without JavaScript the
 * list stays as the server sent it, in rank order; with it, the view lives in the URL.
 */
export default function RankingExplorer({
  items,
  cards,
  priceSteps,
  weightSteps,
  labels: t,
}: {
  items: ExplorerDevice[];
  cards: Record<string, ReactNode>;
  priceSteps: Step[];
  weightSteps: Step[] | null;
  labels: ExplorerLabels;
}) {
  const [view, setView] = useState<View>(defaultView);
  const [ready, setReady] = useState(false);

  // A shared URL restores its view once the page is interactive.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the URL is only possible after hydration
    setView(fromQuery(window.location.search, new Set(items.map((i) => i.id))));
    setReady(true);
  }, [items]);

  useEffect(() => {
    if (!ready) return;
    const url = `${window.location.pathname}${toQuery(view)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [view, ready]);

  const shown = useMemo(() => visible(items, view), [items, view]);
  const compared = view.compare.map((id) => items.find((i) => i.id === id)!).filter(Boolean);
  const update = (patch: Partial<View>) => setView((v) => ({ ...v, ...patch }));
  const toggle = (id: string) => setView((v) => toggleCompared(v, id));
  const select = 'rounded border border-line bg-paper px-2 py-1';

  return (
    <>
      {/* Present from the first paint where scripts run (the layout marks <html class="js">),
          so nothing moves when the page becomes interactive; absent without JavaScript. */}
      <section aria-labelledby="tools-heading" className="mb-6 hidden rounded-lg border border-line bg-surface p-4 [.js_&]:block" data-testid="ranking-tools">
        <h2 id="tools-heading" className="mb-3 font-bold">{t.tools}</h2>
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <label className="flex flex-col gap-1">
            {t.sortBy}
            <select className={select} value={view.sort} onChange={(e) => update({ sort: e.target.value as Sort })}>
              <option value="rank">{t.sortRank}</option>
              <option value="rating">{t.sortRating}</option>
              <option value="price">{t.sortPrice}</option>
              {weightSteps && <option value="weight">{t.sortWeight}</option>}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            {t.maxPrice}
            <select className={select} value={view.maxPrice ?? ''} onChange={(e) => update({ maxPrice: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t.any}</option>
              {priceSteps.map((p) => (
                <option key={p.value} value={p.value}>{p.label}</option>
              ))}
            </select>
          </label>
          {weightSteps && (
            <label className="flex flex-col gap-1">
              {t.maxWeight}
              <select className={select} value={view.maxWeight ?? ''} onChange={(e) => update({ maxWeight: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{t.any}</option>
                {weightSteps.map((w) => (
                  <option key={w.value} value={w.value}>{w.label}</option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="rounded border border-line px-3 py-1 hover:border-accent" onClick={() => setView(defaultView)}>
            {t.reset}
          </button>
        </div>
        <p className="mt-3 text-sm text-muted" role="status">
          {t.showing[shown.length]}
        </p>
        <p className="mt-1 text-sm text-muted">{t.compareHint}</p>
      </section>

      {ready && compared.length >= 2 && (
        <section aria-labelledby="compare-heading" className="mb-6 overflow-x-auto rounded-lg border border-accent bg-surface p-4" data-testid="comparison">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="compare-heading" className="font-bold">{t.compareTitle}</h2>
            <button type="button" className="text-sm text-accent underline" onClick={() => update({ compare: [] })}>
              {t.compareClear}
            </button>
          </div>
          <table className="w-full min-w-[32rem] border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="sr-only">{t.device}</th>
                {compared.map((i) => (
                  <th key={i.id} scope="col" className="border-b border-line p-2 text-left align-bottom">{i.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className="border-b border-line p-2 text-left font-normal text-muted">{t.rank}</th>
                {compared.map((i) => <td key={i.id} className="border-b border-line p-2 font-semibold">{i.rank}</td>)}
              </tr>
              <tr>
                <th scope="row" className="border-b border-line p-2 text-left font-normal text-muted">{t.rating}</th>
                {compared.map((i) => <td key={i.id} className="border-b border-line p-2 font-semibold">{i.ratingLabel}</td>)}
              </tr>
              <tr>
                <th scope="row" className="border-b border-line p-2 text-left font-normal text-muted">{t.sortPrice}</th>
                {compared.map((i) => <td key={i.id} className="border-b border-line p-2">{i.priceLabel}</td>)}
              </tr>
              {compared[0]!.specs.map((s, row) => (
                <tr key={s.label}>
                  <th scope="row" className="border-b border-line p-2 text-left font-normal text-muted">{s.label}</th>
                  {compared.map((i) => <td key={i.id} className="border-b border-line p-2">{i.specs[row]?.value}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <ol className="space-y-4" data-view={ready ? 'interactive' : 'static'}>
        {shown.map((i) => (
          <li key={i.id}>
            <label className="mb-1 hidden w-fit items-center gap-2 text-sm [.js_&]:flex">
              <input
                type="checkbox"
                checked={view.compare.includes(i.id)}
                disabled={!view.compare.includes(i.id) && view.compare.length >= maxCompared}
                onChange={() => toggle(i.id)}
              />
              {i.compareLabel}
            </label>
            {cards[i.id]}
          </li>
        ))}
      </ol>
    </>
  );
}
