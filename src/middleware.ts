// English pages: their Chinese runs marked lang="zh-CN" (see src/i18n/mark-chinese.ts). Runs for
// every page at build time; Chinese pages pass through untouched.
import type { MiddlewareHandler } from 'astro';
import { markChinese } from './i18n/mark-chinese';
import { langOfPath } from './i18n/lang-path';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (langOfPath(context.url.pathname) !== 'en' || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = markChinese(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
