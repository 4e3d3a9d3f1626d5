import { getTranslations } from 'next-intl/server';
import { paragraphs } from './text';
import Toggle from './Toggle';

export default async function Page() {
  const t = await getTranslations('page');
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <Toggle />
      {paragraphs.map((p, i) => (
        <p key={i} className="mt-4 text-lg leading-relaxed">
          {p}
        </p>
      ))}
    </main>
  );
}
