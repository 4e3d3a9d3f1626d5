import { getLocale } from 'next-intl/server';
import Link from '@/components/ui/AppLink';
import type { Topic } from '@/lib/content/model';
import { topicHref } from '@/lib/routing/hrefs';

/** Topics as a row of links to their pages. */
export default async function TopicPills({ topics, className = '' }: { topics: readonly Topic[]; className?: string }) {
  const locale = await getLocale();
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link href={topicHref(topic, locale)} className="pill">
            {topic.name[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
