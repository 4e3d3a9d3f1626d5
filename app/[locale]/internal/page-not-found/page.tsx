import NotFoundContent from '@/components/errors/NotFoundContent';
import { notFoundMetadata } from '@/lib/seo/not-found-metadata';

// The proxy rewrites every unknown address of a locale here, with a 404 status, so the
// localized page arrives fully rendered in the first response.
export const generateMetadata = notFoundMetadata;

export default NotFoundContent;
