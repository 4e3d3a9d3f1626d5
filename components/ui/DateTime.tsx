import { getFormatter } from 'next-intl/server';

/** A date in the reader's locale format and Paris time, with the machine-readable instant. */
export default async function DateTime({ iso, format = 'day' }: { iso: string; format?: 'day' | 'long' | 'short' }) {
  const f = await getFormatter();
  return <time dateTime={iso}>{f.dateTime(new Date(iso), format)}</time>;
}
