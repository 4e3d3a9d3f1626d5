import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import { pathFor, type Href } from '@/lib/routing/paths';
import IntentLink from './IntentLink';

/** A link to a page of the site, by route and parameters, in the page's language. */
export default async function AppLink({ href, ...props }: Omit<ComponentProps<typeof IntentLink>, 'href'> & { href: Href }) {
  const locale = await getLocale();
  return <IntentLink href={pathFor(locale, href)} {...props} />;
}
