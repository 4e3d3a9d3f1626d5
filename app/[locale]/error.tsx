'use client';

import { useErrorMessages } from '@/components/layout/ErrorMessages';

/**
 * Shown when a page fails while rendering. Client-side by necessity (error boundaries are);
 * it reads its plain strings from the `error` namespace, which the layout hands to the
 * client through `ErrorMessagesProvider`.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-4 text-lg text-muted">{t.body}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
          {t.retry}
        </button>
        <a href="./" className="rounded border border-line px-4 py-2 font-semibold">{t.home}</a>
      </p>
    </main>
  );
}
