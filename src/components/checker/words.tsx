// Text on an English page: its Chinese runs (a name beside its English, a source's original title)
// are marked lang="zh-CN" so screen readers pronounce them in Chinese. On a Chinese page: the text as is.
import type { ComponentChildren } from 'preact';
import { chineseRuns } from '../../engine/localize';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export type Mark = (text: string) => ComponentChildren;

export const marker =
  (english: boolean): Mark =>
  (text) =>
    english && CJK.test(text) ? chineseRuns(text).map((r) => (r.chinese ? <span lang="zh-CN">{r.text}</span> : r.text)) : text;
