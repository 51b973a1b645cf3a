import type { Lang } from '../engine/localize';

/** The language of a path: English under /en/, else the root's Chinese. */
export const langOfPath = (pathname: string): Lang => (/^\/en(\/|$)/.test(pathname) ? 'en' : 'zh-CN');

/**
 * INTERIM: pages whose English version comes from another branch (the checker: en-core). Until it
 * is merged, links to them on English pages go to the Chinese page (src/middleware.ts rewrites
 * them), so no English page links to a page that does not exist. Empty this list at the merge.
 */
export const ENGLISH_PENDING: readonly string[] = ['/checker/'];

/** An English page's links to a pending page, pointed at the Chinese page instead. */
export function linkPending(html: string): string {
  let out = html;
  for (const path of ENGLISH_PENDING) out = out.replaceAll(`href="/en${path}`, `href="${path}`);
  return out;
}
