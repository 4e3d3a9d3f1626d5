import NotFoundContent from '@/components/errors/NotFoundContent';
import { notFoundMetadata } from '@/lib/seo/not-found-metadata';

// Prerendered per locale; app/internal/missing answers every unknown address of a locale
// with this HTML and a 404 status (lib/routing/not-found-page.ts), never rendering again.
export const generateMetadata = notFoundMetadata;

export default NotFoundContent;
