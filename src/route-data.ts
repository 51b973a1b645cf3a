// Starlight's route data, adjusted where the bilingual site needs it (routeMiddleware in
// astro.config.mjs): Starlight links every page to its twin in each language (<link rel="alternate"
// hreflang>); those links must name pages that exist. Starlight's site `description` is one string
// (Chinese): a page without a description of its own gets the site's in its language instead.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { wordsFor } from './i18n/page-lang';

const DESCRIPTIONS = new Set(['description', 'og:description', 'twitter:description']);

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const path = context.url.pathname;
  if (!route.entry.data.description) {
    const content = wordsFor(route.lang === 'en' ? 'en' : 'zh-CN').siteDescription;
    route.head = route.head.map((entry) =>
      entry.tag === 'meta' && DESCRIPTIONS.has(String(entry.attrs?.name ?? entry.attrs?.property)) ? { ...entry, attrs: { ...entry.attrs, content } } : entry,
    );
  }
  // The 404 page is served for any missing address: it has no twin at /404/ or /en/404/.
  const notFound = route.entry.id === '404' || path === '/404' || path === '/404.html';
  if (!notFound) return;
  route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.rel === 'alternate'));
});
