// Registers the offline service worker (dist/sw.js, generated after the build). Kept tiny: every page loads it.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
}
