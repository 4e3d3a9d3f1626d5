import { siteName } from '@/lib/site/config';

/** The site's name as its logo: the word, and the accent-coloured full stop. */
export default function Wordmark({ dotColor }: { dotColor?: string }) {
  return (
    <>
      {siteName}
      <span className={dotColor ? undefined : 'text-accent'} style={dotColor ? { color: dotColor } : undefined}>
        .
      </span>
    </>
  );
}
