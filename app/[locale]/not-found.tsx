import NotFoundContent from '@/components/errors/NotFoundContent';
import { notFoundMetadata } from '@/lib/seo/not-found-metadata';

// Reached by `notFound()` during client navigation; hard requests to unknown addresses are
// answered by app/internal/missing with the prerendered page-not-found page instead.
export const generateMetadata = notFoundMetadata;

export default NotFoundContent;
