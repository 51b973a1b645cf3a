// Registers the offline service worker of the page's language (generated after the build): /en/sw.js
// for the English pages, /sw.js for the Chinese ones, so a visitor stores the language they read.
// Kept tiny: every page loads it.
// Not at load but 3 s after it, at the next idle moment (at most 5 s more): installing fetches and
// stores the whole site (157 files, 1.5 MB) one file after another, and it competed with the page's
// own start-up. Started at load: checker TBT median 411 ms against 205 ms at the first idle moment
// (Lighthouse, 7 runs each). Even at the first idle moment after load it overlapped the home page's
// late work: TBT median 113-128 ms against 25-31 ms 3 s later (5 runs each, every run after a 15 s
// pause so none inherits another's installation). A reader who stays a few seconds still has every
// page offline.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  var en = /^\/en(\/|$)/.test(location.pathname);
  var register = () => navigator.serviceWorker.register(en ? '/en/sw.js' : '/sw.js', { scope: en ? '/en/' : '/' }).catch(() => {});
  addEventListener('load', () => setTimeout(() => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 5000 }) : register()), 3000));
}
