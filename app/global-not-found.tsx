import type { Metadata } from 'next';
import { defaultLocale, localeNames, locales } from '@/i18n/locales';
import { messagesFor } from '@/i18n/messages';
import './globals.css';
import Wordmark from '@/components/ui/Wordmark';

/**
 * The 404 for addresses outside every published language (`/xx/…`). We cannot know the
 * reader's language here, so the page says it in all five, each marked with its `lang`.
 */
export const metadata: Metadata = {
  title: `${messagesFor(defaultLocale).notFound.title} · Octet`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  const fr = messagesFor(defaultLocale);
  return (
    <html lang={defaultLocale}>
      <body className="antialiased">
        <main id="main" className="mx-auto max-w-2xl px-4 py-16">
          <p className="text-2xl font-black">
            <Wordmark />
          </p>
          <h1 className="mt-8 text-3xl font-bold">{fr.notFound.heading}</h1>
          <p className="mt-4 text-lg text-muted">{fr.notFound.body}</p>
          <ul className="mt-8 space-y-3">
            {locales.map((l) => {
              const m = messagesFor(l);
              return (
                <li key={l} lang={l}>
                  <a href={`/${l}`} hrefLang={l} className="font-semibold text-accent underline">
                    {localeNames[l]}
                  </a>
                  {l !== defaultLocale && <span className="text-muted"> · {m.notFound.heading}</span>}
                </li>
              );
            })}
          </ul>
        </main>
      </body>
    </html>
  );
}
