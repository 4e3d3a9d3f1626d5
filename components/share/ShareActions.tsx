'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * The two share actions that need a script: the system share sheet (only where the browser
 * has one) and copy-link, whose confirmation is shown and announced. Without JavaScript
 * they are not rendered; the plain links of the share bar remain.
 */
export default function ShareActions({ url, title }: { url: string; title: string }) {
  const t = useTranslations('share');
  const [canShare, setCanShare] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- feature detection runs only in the browser
    setMounted(true);
    setCanShare(typeof navigator.share === 'function');
  }, []);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  if (!mounted) return null;
  const button = 'rounded border border-line px-3 py-1.5 text-sm font-semibold hover:border-accent hover:text-accent';
  return (
    <>
      {canShare && (
        <button type="button" className={button} onClick={() => navigator.share({ url, title }).catch(() => {})}>
          {t('native')}
        </button>
      )}
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
        {t('copy')}
      </button>
      <span role="status" aria-live="polite" className="text-sm font-semibold text-up">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}
