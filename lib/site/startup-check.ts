import { contentRoot, getContent } from '@/lib/content';
import { contentFingerprint } from '@/lib/content/fingerprint';
import { ContentError } from '@/lib/content/load';
import { parseOrigin } from './origin';

interface Expected {
  /** The origin the build was made for (inlined by next.config.ts). */
  builtOrigin: string | undefined;
  /** The content the build was made from (inlined by next.config.ts). */
  builtFingerprint: string | undefined;
  /** SITE_URL as the server was started with. */
  siteUrl: string | undefined;
}

// Written out as `process.env.X` so that the build inlines the first two.
const fromBuild = (): Expected => ({
  builtOrigin: process.env.OCTET_SITE_URL,
  builtFingerprint: process.env.OCTET_CONTENT_FINGERPRINT,
  siteUrl: process.env.SITE_URL,
});

/** What would make this server serve a broken site: each problem, said plainly. Empty when all is well. */
export function startupProblems({ builtOrigin: built, builtFingerprint, siteUrl: given }: Expected = fromBuild()): string[] {
  const problems: string[] = [];
  if (given === undefined) {
    problems.push(`SITE_URL is not set. This build serves ${built}: start it with SITE_URL=${built}.`);
  } else if (parseOrigin(given) !== built) {
    problems.push(`SITE_URL is "${given}", but this build was made for ${built}: its pages link there. Rebuild with SITE_URL=${given}, or start with SITE_URL=${built}.`);
  }
  try {
    getContent();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(error.message);
    return problems;
  }
  const fingerprint = contentFingerprint(contentRoot());
  if (builtFingerprint && fingerprint !== builtFingerprint) {
    problems.push(`the content in ${contentRoot()} is not the content this build was made from: rebuild (npm run build) to publish it.`);
  }
  return problems;
}

/** Says what is wrong and exits non-zero, before the server answers anything. */
export function refuseBrokenStart() {
  const problems = startupProblems();
  if (problems.length === 0) return;
  console.error(`\n✗ Octet cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
