// The presenter's view model as plain text (the CLI) or Markdown (the checker's copy button).
import { zh, type Strings } from '../i18n/zh';
import type { Result, Source } from '../engine/types';
import { present, sourceGloss, type ItemView, type ReasonView, type SourceView, type StepView } from './present';

export interface TextOptions {
  markdown?: boolean;
  /** Include the reasons and sources under every line (default true). */
  withReasons?: boolean;
  /** A link back to this exact result (the checker's URL with the answers). */
  link?: string;
  /** The rule set's sources: given, each cited source's English gloss follows its title in English (as on the site). */
  sources?: readonly Source[];
}

export function formatResult(result: Result, options: TextOptions = {}, s: Strings = zh): string {
  const md = options.markdown ?? false;
  const withReasons = options.withReasons ?? true;
  const view = present(result, s);
  const out: string[] = [];
  const { colon, open, close, list: listSep, semi } = s.punct;
  const byId = new Map(options.sources?.map((src) => [src.id, src]));
  /** " — <English gloss>" after a source's title in English, as on the site; empty in Chinese. */
  const glossAfter = (src: SourceView) => {
    const known = byId.get(src.id);
    const gloss = known && sourceGloss(known, s.lang);
    return gloss ? ` — ${gloss}` : '';
  };
  const h = (level: number, text: string) => (md ? `${'#'.repeat(level)} ${text}` : level === 1 ? `${text}\n${'='.repeat(20)}` : s.text.section(text));
  const bullet = md ? '- ' : s.text.bullet;
  const reasons = (list: ReasonView[], indent: string) => {
    if (!withReasons) return;
    for (const r of list) {
      out.push(`${indent}${md ? '- ' : s.text.bullet}${r.label ? `${r.label}${colon}` : ''}${r.text}${r.period}`);
      if (!r.sources.length) continue;
      if (md) for (const src of r.sources) out.push(`${indent}  - [${src.title}](${src.url})${glossAfter(src)}${src.gradeNote}`);
      else out.push(`${indent}  ${s.result.sources}${r.sources.map((src) => `${src.title}${glossAfter(src)}${src.gradeNote}`).join(semi)}`);
    }
  };
  const items = (heading: string, list: ItemView[], mark = bullet) => {
    if (!list.length) return;
    out.push(h(2, heading));
    for (const item of list) {
      out.push(`${mark}${item.name}${item.note ? `${open}${item.note}${close}` : ''}`);
      reasons(item.reasons, '    ');
    }
  };
  const step = (v: StepView) => {
    const line = `${v.order}. [${v.mark} ${v.statusLabel}] ${v.title}${v.details.length ? ` — ${v.details.map((d) => d.text).join(s.punct.details)}` : ''}`;
    out.push(md ? `- ${line}` : line);
    reasons(v.reasons, '    ');
    reasons(v.conflicts, '    ');
  };

  out.push(h(1, s.text.title(result.flow.name, view.currentName, result.province.name, result.asOf)));
  out.push(view.answersLine);
  if (view.openQuestions) out.push(`${md ? '> ' : s.text.attention}${view.openQuestions}`);
  if (options.link) out.push(md ? `[${s.result.linkBack}](${options.link})` : `${s.result.linkBack}${colon}${options.link}`);
  if (view.crossProvince) {
    out.push(h(2, s.result.crossProvinceHeading));
    out.push(view.crossProvince.text);
    for (const item of view.crossProvince.items) {
      out.push(`${bullet}${item.name}`);
      reasons(item.reasons, '    ');
    }
  }
  if (view.blockers.length) {
    out.push(h(2, s.result.blockersHeading));
    for (const b of view.blockers) {
      // The title on its line, then why and what to do instead: the title and the rule's text often
      // both open with a label of their own (“内蒙古：…”), which ran into one another on one line.
      const indent = md ? '  ' : '    ';
      out.push(`${md ? '- ' : s.text.blocked}${b.name}`);
      if (b.reasons[0]?.text) out.push(`${indent}${b.reasons[0].text}`);
      out.push(`${indent}${s.result.instead}${b.note}`);
      reasons(b.reasons.map((r) => ({ ...r, text: r.title })), '    ');
    }
  }
  if (view.stages.length) {
    out.push(h(2, view.stagesHeading));
    view.stages.forEach((st, i) => out.push(`${md ? '- ' : ''}${i + 1}. ${st.title}${colon}${st.steps.map((x) => x.title).join(listSep) || st.note}`));
  }
  // As in the checker: when the path is closed, the steps are not listed as if they applied.
  if (!view.blockers.length) {
    out.push(h(2, s.result.stepsHeading));
    view.steps.forEach(step);
  }
  items(s.result.requirementsHeading, view.requirements);
  for (const group of view.materials) items(`${s.result.materialsHeading}${colon}${group.label}`, group.items);
  items(s.result.preApprovalsHeading, view.preApprovals);
  out.push(h(2, s.result.timelineText));
  for (const p of view.timeline) {
    out.push(`${bullet}${p.label}${colon}${p.text}`);
    reasons(p.conflicts, '    ');
  }
  if (view.timelineNote) out.push(`${bullet}${view.timelineNote}`);
  items(s.result.afterFilingHeading, view.afterFiling);
  items(s.result.unknownsHeading, view.unknowns);
  out.push('', view.footer);
  return out.join('\n');
}
