import type { Lang } from '../engine/localize';

/** The language of a path: English under /en/, else the root's Chinese. */
export const langOfPath = (pathname: string): Lang => (/^\/en(\/|$)/.test(pathname) ? 'en' : 'zh-CN');

