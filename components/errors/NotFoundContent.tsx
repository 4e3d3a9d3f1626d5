import { getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import Link from '@/components/ui/AppLink';
import { everyLocale } from '@/lib/routing/paths';

/** The localized 404, shared by the prerendered 404 page and the `notFound()` boundary. */
export default async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return (
    <PageShell where={everyLocale('/')}>
      <div className="mx-auto max-w-2xl py-12 text-center">
        <p className="text-6xl font-black text-accent" aria-hidden="true">404</p>
        <h1 className="mt-4 text-3xl font-bold">{t('heading')}</h1>
        <p className="mt-4 text-lg text-muted">{t('body')}</p>
        <p className="mt-8 flex flex-wrap justify-center gap-3">
          <Link href="/" className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">{t('home')}</Link>
          <Link href="/search" className="rounded border border-line px-4 py-2 font-semibold hover:border-accent">{t('search')}</Link>
        </p>
      </div>
    </PageShell>
  );
}
