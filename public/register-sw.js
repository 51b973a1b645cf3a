// Registers the offline service worker of the page's language (generated after the build): /en/sw.js
// for the English pages, /sw.js for the Chinese ones, so a visitor stores the language they read.
// Kept tiny: every page loads it.
// Not at load but once the page is idle (at most 5 s later): installing fetches and stores the whole
// site (157 files, 1.5 MB), and started at load it competed with the page's own hydration and layout
// (Lighthouse, 7 runs each: checker TBT median 411 ms at load against 205 ms when idle).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  var en = /^\/en(\/|$)/.test(location.pathname);
  var register = () => navigator.serviceWorker.register(en ? '/en/sw.js' : '/sw.js', { scope: en ? '/en/' : '/' }).catch(() => {});
  addEventListener('load', () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000)));
}
