import type { ReactNode } from 'react';
import type { PageLocales } from '@/lib/routing/paths';
import SiteHeader, { type NavSection } from './SiteHeader';

/** Header (whose language menu points at this page's counterparts) and the main landmark. */
export default function PageShell({ where, section, query, children }: { where: PageLocales; section?: NavSection; query?: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader where={where} section={section} query={query} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
