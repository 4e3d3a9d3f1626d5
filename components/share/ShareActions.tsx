'use client';

import { useEffect, useState } from 'react';

export interface ShareLabels {
  native: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * The two share actions that need a script: copy-link, whose confirmation is shown and
 * announced, and the system share sheet (only where the browser has one). Without
 * JavaScript they are hidden; the plain links of the share bar remain. Labels come
 * ready-made from the server, so no message formatter ships to the browser.
 */
export default function ShareActions({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- feature detection runs only in the browser
    setCanShare(typeof navigator.share === 'function');
  }, []);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  // Copy-link is there from the first paint where scripts run (the layout's `js` class),
  // so nothing shifts on hydration; the share-sheet button comes last, where its arrival
  // moves nothing.
  const button = 'hidden rounded border border-line px-3 py-1.5 text-sm font-semibold hover:border-accent hover:text-accent [.js_&]:inline-block';
  return (
    <>
      <button
        type="button"
        className={button}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setStatus('copied');
          } catch {
            setStatus('failed');
          }
        }}
      >
        {labels.copy}
      </button>
      {canShare && (
        <button type="button" className={button} onClick={() => navigator.share({ url, title }).catch(() => {})}>
          {labels.native}
        </button>
      )}
      <span role="status" aria-live="polite" className="text-sm font-semibold text-up">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </span>
    </>
  );
}
