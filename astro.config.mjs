// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
// Build-time code lives in build/ (see its files' headers); src/ holds what the site is made of.
import cspInlineHashes, { ASTRO_CSP } from './build/csp.mjs';
import serviceWorker from './build/service-worker.mjs';
import iconSprite from './build/icon-sprite.mjs';
import styleSheetsFirst from './build/styles-first.mjs';
import islandPreload from './build/island-preload.mjs';
import checkerBrowserBundle from './build/checker-bundle.mjs';
import compileHints from './build/compile-hints.mjs';
import searchOnDemand from './build/search-on-demand.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import externalLinks from './build/external-links.mjs';
import stepRegistry from './src/rules/steps.json';
// Validates every rule file while the configuration loads: a broken file fails `astro build` and
// `astro dev` at once, naming the file, the rule and the field, before anything is bundled.
import './src/engine/rules';
import { zh } from './src/i18n/zh-pages';
import { en } from './src/i18n/en-pages';

/** Sidebar entries for the ten steps, numbered and titled from the step data (English from its `en`). */
const stepItems = [...stepRegistry.steps]
  .sort((a, b) => a.order - b.order)
  .map((step) => ({
    label: `${step.order}. ${step.title}`,
    translations: { en: `${step.order}. ${step.en.title}` },
    slug: `steps/${step.id}`,
  }));

export default defineConfig({
  // The checker's browser bundle: small stand-ins for json-rules-engine's unused dependencies
  // (resolve.alias), a compact holiday table, rule files without their texts (see the plugin's header).
  // Pagefind's search UI is built when a reader is about to search, not on every page (see there).
  // The checker's worker (src/components/checker/decider.worker.ts) is bundled on its own, with the
  // same stand-ins, as an ES module so that it loads the English words only on the English checker.
  vite: { plugins: [checkerBrowserBundle(), searchOnDemand(), compileHints()], worker: { format: 'es', plugins: () => [checkerBrowserBundle()] } },
  site: 'http://localhost:4321',
  // Starlight turns on prefetching of every link; its script scans all links at load and after every
  // DOM change (costly on a phone, and on the checker, which renders many). The service worker
  // already serves every page from the cache after the first visit.
  prefetch: false,
  // Astro writes each page's Content-Security-Policy meta with the hashes of what it bundles;
  // build/csp.mjs adds those of the inline code Astro does not process (see there).
  security: { csp: ASTRO_CSP },
  markdown: {
    // Astro's own Markdown processor; Starlight's Markdown and MDX pages both run its hast plugins.
    processor: satteri({ hastPlugins: [externalLinks] }),
  },
  integrations: [
    starlight({
      // Chinese is the root locale (URLs without a prefix); English lives under /en/. The language
      // picker keeps the reader on the same page: every page exists in both (tests/site/languages.test.ts).
      title: { 'zh-CN': zh.siteTitle, en: en.siteTitle },
      // One string for every language: the root's. A page without a description of its own gets the
      // site's in its language from src/route-data.ts (every guide page has one, in its language).
      description: zh.siteDescription,
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
      lastUpdated: false,
      // The hreflang links name pages that exist (see there).
      routeMiddleware: './src/route-data.ts',
      // The change log is one long page on purpose; a weaker length penalty keeps it findable
      // without letting it drown the short guide pages (golden queries in tests/e2e/search.test.ts).
      pagefind: { ranking: { pageLength: 0.3 } },
      // Offline support: a same-origin script registers the generated service worker.
      head: [{ tag: 'script', attrs: { src: '/register-sw.js', defer: true } }],
      // Headings that wrap between words, wide tables that scroll in their own box (small screens);
      // long generated blocks laid out only when they scroll near (phones).
      customCss: ['./src/styles/site.css', './src/styles/components.css'],
      components: {
        // Appends the "资料来源与核对日期" block to every page.
        MarkdownContent: './src/components/guide/MarkdownContent.astro',
        // One link to the page's twin in the other language instead of a <select> (see there).
        LanguageSelect: './src/components/guide/LanguageSwitch.astro',
      },
      sidebar: [
        {
          label: '开始',
          translations: { en: 'Start' },
          items: [
            { label: '总览', translations: { en: 'Overview' }, link: '/' },
            { label: '检查器', translations: { en: 'Checker' }, link: '/checker/' },
          ],
        },
        {
          label: '前提条件',
          translations: { en: 'Prerequisites' },
          items: [
            { label: '注册阿里云账号', translations: { en: 'Alibaba Cloud account' }, slug: 'prerequisites/account' },
            { label: '网站域名准备与检查', translations: { en: 'Domain name' }, slug: 'prerequisites/domain' },
            { label: '备案服务器与备案服务号', translations: { en: 'Server and filing service number' }, slug: 'prerequisites/server' },
            { label: '各地区管局备案规则', translations: { en: 'Provincial bureau rules' }, slug: 'prerequisites/bureau-rules' },
            { label: '（可选）前置审批', translations: { en: '(Optional) Pre-approval' }, slug: 'prerequisites/pre-approval' },
          ],
        },
        {
          label: '备案流程',
          translations: { en: 'Filing steps' },
          // The ten steps as Alibaba Cloud's 2019 documentation ordered them, then each step's page.
          items: [{ label: '2019 年的十个步骤', translations: { en: 'The ten steps of 2019' }, slug: 'steps' }, ...stepItems],
        },
        {
          label: '参考',
          translations: { en: 'Reference' },
          items: [
            { label: '各省规则', translations: { en: 'Province rules' }, link: '/provinces/' },
            { label: '规则变更记录', translations: { en: 'Change log' }, link: '/changes/' },
            { label: '术语表', translations: { en: 'Glossary' }, slug: 'glossary' },
            { label: '资料来源', translations: { en: 'Sources' }, slug: 'sources' },
          ],
        },
      ],
    }),
    // Starlight brings its own MDX; the explicit one must come after it (expressive-code checks the order).
    mdx(),
    preact(),
    // The checker's modules fetched while the page is read, not one layer after another.
    islandPreload(),
    // Last: completes each page's Content-Security-Policy after Starlight's Pagefind indexing.
    cspInlineHashes(),
    // Decorative icons from one cached file, so a page's HTML fits Lighthouse's first 14.6 KB (see there).
    iconSprite(),
    // Stylesheet links before the first inline script: the head is parsed in short tasks (see there).
    styleSheetsFirst(),
    // After the CSP and icon steps: the worker precaches the final HTML and the icon file.
    serviceWorker(),
  ],
});
