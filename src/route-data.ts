// Starlight's route data, adjusted where the bilingual site needs it (routeMiddleware in
// astro.config.mjs): Starlight links every page to its twin in each language (<link rel="alternate"
// hreflang>); those links must name pages that exist.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const path = context.url.pathname;
  // The 404 page is served for any missing address: it has no twin at /404/ or /en/404/.
  const notFound = route.entry.id === '404' || path === '/404' || path === '/404.html';
  if (!notFound) return;
  route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.rel === 'alternate'));
});
