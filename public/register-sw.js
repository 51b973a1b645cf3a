// Registers the offline service worker of the page's language (generated after the build): /en/sw.js
// for the English pages, /sw.js for the Chinese ones, so a visitor stores the language they read.
// Kept tiny: every page loads it, comments included.
// 3 s after load, then when idle: installing stores the whole site and competed with the page's own
// start-up (README, "service-worker.mjs", has the figures).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  var en = /^\/en(\/|$)/.test(location.pathname);
  var register = () => navigator.serviceWorker.register(en ? '/en/sw.js' : '/sw.js', { scope: en ? '/en/' : '/' }).catch(() => {});
  addEventListener('load', () => setTimeout(() => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 5000 }) : register()), 3000));
}
