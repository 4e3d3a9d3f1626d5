import { getTranslations } from 'next-intl/server';
import ShareActions from './ShareActions';

/** Share targets: plain links that work without JavaScript, no third-party script, no tracking parameter. */
export function shareLinks(url: string, title: string): { network: string; href: string }[] {
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${title} ${url}`);
  return [
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'WhatsApp', href: `https://wa.me/?text=${both}` },
    { network: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${encodeURIComponent(title)}` },
    { network: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
  ];
}

export default async function ShareBar({ url, title }: { url: string; title: string }) {
  const t = await getTranslations('share');
  return (
    <nav aria-label={t('title')} className="my-6" data-share-bar>
      <ul className="flex flex-wrap items-center gap-2">
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a href={href} className="chip" rel="noopener noreferrer" target="_blank" aria-label={t('on', { network })}>
              {network}
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`} className="chip">
            {t('email')}
          </a>
        </li>
        <li className="flex flex-wrap items-center gap-2">
          <ShareActions url={url} title={title} labels={{ native: t('native'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') }} />
        </li>
      </ul>
    </nav>
  );
}
