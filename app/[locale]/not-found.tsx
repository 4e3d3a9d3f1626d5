import NotFoundContent from '@/components/errors/NotFoundContent';
import { notFoundMetadata } from '@/lib/seo/not-found-metadata';

// Reached by `notFound()` during client navigation; hard requests to unknown addresses are
// answered by the proxy with the server-rendered page-not-found route instead.
export const generateMetadata = notFoundMetadata;

export default NotFoundContent;
