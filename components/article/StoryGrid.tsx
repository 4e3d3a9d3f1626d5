import type { Story } from '@/lib/content/model';
import StoryCard from './StoryCard';

/** Stories as cards, two columns from small screens up: the home page's latest, a story's related ones, a device's news. */
export default function StoryGrid({ stories }: { stories: Story[] }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2">
      {stories.map((s) => (
        <li key={s.id}>
          <StoryCard story={s} />
        </li>
      ))}
    </ul>
  );
}
