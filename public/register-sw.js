// Registers the offline service worker of the page's language (generated after the build): /en/sw.js
// for the English pages, /sw.js for the Chinese ones, so a visitor stores the language they read.
// Kept tiny: every page loads it.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  var en = /^\/en(\/|$)/.test(location.pathname);
  addEventListener('load', () => navigator.serviceWorker.register(en ? '/en/sw.js' : '/sw.js', { scope: en ? '/en/' : '/' }).catch(() => {}));
}
