import type { ReactNode } from 'react';
import { locale as rootLocale } from 'next/root-params';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import './globals.css';

export function generateStaticParams() {
  return [{ locale: 'fr' }, { locale: 'en' }];
}

export default async function Layout({ children }: { children: ReactNode }) {
  const locale = await rootLocale();
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={{ page: messages.page }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
