import type { ReactNode } from 'react';
import { getFormatter } from 'next-intl/server';

type Format = 'day' | 'long' | 'short';

/** A date in the reader's locale format and Paris time, with the machine-readable instant. */
export default async function DateTime({ iso, format = 'day' }: { iso: string; format?: Format }) {
  const f = await getFormatter();
  return <time dateTime={iso}>{f.dateTime(new Date(iso), format)}</time>;
}

/** Values for a message like "Publié le <time>{date}</time>": the text, wrapped in <time>. */
export async function dateValues(iso: string, format: Format = 'day') {
  const f = await getFormatter();
  return {
    date: f.dateTime(new Date(iso), format),
    time: (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>,
  };
}
