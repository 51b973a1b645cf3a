// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: '新增网站备案指南',
      description: '已在其他服务商备案、现在阿里云托管新网站的“新增网站（原备案不在阿里云）”备案指南与规则检查器',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      lastUpdated: false,
      sidebar: [
        { label: '开始', items: [{ label: '总览', link: '/' }] },
      ],
    }),
    // Starlight brings its own MDX; the explicit one must come after it (expressive-code checks the order).
    mdx(),
    preact(),
  ],
});
