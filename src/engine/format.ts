// A Result as plain text (the CLI) and as Markdown (the checker's "copy" button): one layout for both.
import { METHOD_LABEL, PRE_APPROVAL_STATUS_LABEL, RECIPIENT_LABEL, STATUS_LABEL, STATUS_MARK } from './labels';
import type { Reason, Result } from './types';

function since(r: Reason): string {
  if (!r.effectiveFrom) return '';
  const until = r.effectiveUntil ? `至 ${r.effectiveUntil}` : '起';
  return `（${r.effectiveFrom}${until}${r.dateBasis === 'observed' ? '，按资料所见日期' : ''}）`;
}

function reasonLines(reasons: Reason[], indent: string, markdown: boolean): string[] {
  return reasons.flatMap((r) => [
    `${indent}${markdown ? '- ' : '· '}${r.text}${since(r)}`,
    // Plain text names the sources (links are in --json); Markdown links them.
    markdown
      ? r.sources.map((s) => `${indent}  - [${s.title}](${s.url})${s.grade === 'secondary' ? '（二手资料）' : ''}`).join('\n')
      : `${indent}  来源：${r.sources.map((s) => `${s.title}${s.grade === 'secondary' ? '（二手资料）' : ''}`).join('；')}`,
  ].filter((line) => line.trim() !== '' && line.trim() !== '来源：'));
}

export function formatResult(result: Result, options: { markdown?: boolean; withReasons?: boolean } = {}): string {
  const md = options.markdown ?? false;
  const withReasons = options.withReasons ?? true;
  const h = (level: number, text: string) => (md ? `${'#'.repeat(level)} ${text}` : level === 1 ? `${text}\n${'='.repeat(20)}` : `\n【${text}】`);
  const out: string[] = [];
  const name = result.flow.currentName && result.flow.currentName !== result.flow.name ? `${result.flow.name}（现称${result.flow.currentName}）` : result.flow.name;
  out.push(h(1, `${name}：${result.province.name}，${result.asOf}`));
  const a = result.answers;
  out.push(
    `${md ? '' : ''}主体：${a.entity === 'individual' ? '个人' : '单位'}；身份证${a.localId ? '为本省签发' : `非本省签发${a.residencePermit === true ? '，有本省居住证' : a.residencePermit === false ? '，没有本省居住证' : ''}`}；内容类别：${a.content.length ? a.content.join('、') : '无'}`,
  );
  if (result.blockers.length) {
    out.push(h(2, '无法按此办理'));
    for (const b of result.blockers) {
      out.push(`${md ? '- ' : '✘ '}${b.text} 建议：${b.instead}`);
      if (withReasons) out.push(...reasonLines([b], '  ', md).slice(1));
    }
  }
  out.push(h(2, '十个步骤'));
  for (const s of result.steps) {
    const extra: string[] = [];
    if (s.method && s.status !== 'unknown') extra.push(`方式：${METHOD_LABEL[s.method]}`);
    if (s.validityHours) extra.push(`验证码 ${s.validityHours} 小时内有效`);
    if (s.recipients?.length) extra.push(`接收人：${s.recipients.map((r) => RECIPIENT_LABEL[r]).join('、')}`);
    const line = `${s.order}. [${STATUS_MARK[s.status]} ${STATUS_LABEL[s.status]}] ${s.title}${extra.length ? ` — ${extra.join('；')}` : ''}`;
    out.push(md ? `- ${line}` : line);
    if (withReasons) out.push(...reasonLines(s.reasons, '    ', md));
  }
  if (result.materials.length) {
    out.push(h(2, '需额外准备'));
    for (const m of result.materials) {
      out.push(`${md ? '- ' : '· '}${m.material}`);
      if (withReasons) out.push(...reasonLines([m], '    ', md));
    }
  }
  if (result.preApprovals.length) {
    out.push(h(2, '前置审批'));
    for (const p of result.preApprovals) {
      out.push(`${md ? '- ' : '· '}${p.name}：${PRE_APPROVAL_STATUS_LABEL[p.status]}${p.authority ? `（${p.authority}${p.licence ? `，${p.licence}` : ''}）` : ''}`);
      if (withReasons) out.push(...reasonLines(p.reasons, '    ', md));
    }
  }
  out.push(h(2, '预计时间（工作日，不含周末和法定节假日）'));
  for (const p of result.timeline.phases) {
    const label = p.phase === 'initial-review' ? '阿里云初审' : '管局审核';
    const range = p.minWorkingDays === p.maxWorkingDays ? `${p.maxWorkingDays}` : `${p.minWorkingDays}～${p.maxWorkingDays}`;
    const dates = p.earliest && p.latest ? (p.earliest === p.latest ? `，约 ${p.latest}` : `，约 ${p.earliest} 至 ${p.latest}`) : '';
    out.push(`${md ? '- ' : '· '}${label}：${range} 个工作日${dates}`);
  }
  if (result.timeline.unknownReason) out.push(`${md ? '- ' : '· '}${result.timeline.unknownReason}`);
  out.push('', `规则版本：${result.rulesVersion}。本结果依据公开资料整理，仅供参考，以服务商和管局的最新要求为准。`);
  return out.join('\n');
}
