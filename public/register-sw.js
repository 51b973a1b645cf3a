// Registers the offline service worker of the page's language (generated after the build): /en/sw.js
// for the English pages, /sw.js for the Chinese ones, so a visitor stores the language they read.
// Kept tiny: every page loads it, comments included.
// Once the page is idle after load: installing stores the whole site, and at load it competed with
// the page's own start-up (README, "service-worker.mjs", has the figures).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  var en = /^\/en(\/|$)/.test(location.pathname);
  var register = () => navigator.serviceWorker.register(en ? '/en/sw.js' : '/sw.js', { scope: en ? '/en/' : '/' }).catch(() => {});
  addEventListener('load', () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000)));
}
