// One visitor's path through the ten steps, rendered from an engine Result: blockers first, then
// the steps with their status, materials, pre-approvals and the expected dates.
import { METHOD_LABEL, PRE_APPROVAL_STATUS_LABEL, RECIPIENT_LABEL, STATUS_LABEL, STATUS_MARK } from '../../engine/labels';
import type { Result } from '../../engine/types';
import { Why, type WhyProps } from './Why';

type Props = { result: Result } & Omit<WhyProps, 'reasons'>;

const PHASE_LABEL = { 'initial-review': '阿里云初审', 'bureau-review': '管局审核' } as const;

export function ResultView({ result, ...why }: Props) {
  const { blockers, steps, materials, preApprovals, timeline } = result;
  return (
    <div class="checker-result" data-testid="checker-result">
      <h2 id="checker-result-heading">
        你的备案路径：{result.province.name}，{result.asOf}
      </h2>
      {result.flow.currentName && result.flow.currentName !== result.flow.name && (
        <p>在这个日期，阿里云把这个流程称为“{result.flow.currentName}”。</p>
      )}
      {blockers.length > 0 && (
        <section class="checker-blockers" data-testid="blockers" aria-labelledby="checker-blockers-heading">
          <h3 id="checker-blockers-heading">⚠ 按你的回答，不能按这个流程办理</h3>
          <ul>
            {blockers.map((b) => (
              <li data-rule={b.rule}>
                <p>
                  <strong>{b.title ?? '不能办理'}</strong>
                  {b.text ? `：${b.text}` : ''}
                </p>
                <p>
                  <strong>应改为：</strong>
                  {b.instead}
                </p>
                <Why reasons={[b]} {...why} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>十个步骤</h3>
      <ol class="checker-steps" data-testid="steps">
        {steps.map((s) => (
          <li data-step={s.id} data-status={s.status}>
            <p>
              <span class={`status status-${s.status}`} data-testid="status">
                <span aria-hidden="true">{STATUS_MARK[s.status]}</span> {STATUS_LABEL[s.status]}
              </span>{' '}
              <a href={`/steps/${s.id}/`}>{s.title}</a>
            </p>
            {s.method && s.status !== 'unknown' && <p data-testid="method">核验方式：{METHOD_LABEL[s.method]}</p>}
            {!!s.recipients?.length && <p data-testid="recipients">验证码发给：{s.recipients.map((r) => RECIPIENT_LABEL[r]).join('、')}</p>}
            {!!s.validityHours && <p data-testid="validity">验证码 {s.validityHours} 小时内有效</p>}
            <Why reasons={s.reasons} {...why} />
          </li>
        ))}
      </ol>
      {materials.length > 0 && (
        <>
          <h3>还需准备</h3>
          <ul data-testid="materials">
            {materials.map((m) => (
              <li>
                {m.material}
                <Why reasons={[m]} {...why} />
              </li>
            ))}
          </ul>
        </>
      )}
      {preApprovals.length > 0 && (
        <>
          <h3>前置审批</h3>
          <ul data-testid="pre-approvals">
            {preApprovals.map((p) => (
              <li data-category={p.category}>
                <strong>{p.name}</strong>：{PRE_APPROVAL_STATUS_LABEL[p.status]}
                {p.authority && `（审批部门：${p.authority}${p.licence ? `；许可：${p.licence}` : ''}）`}
                <Why reasons={p.reasons} {...why} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>预计时间</h3>
      <p>按工作日计算，跳过周末和法定节假日，计入调休上班日（节假日数据至 {timeline.holidaysKnownUntil}）。从 {timeline.start} 提交算起：</p>
      <ul data-testid="timeline">
        {timeline.phases.map((p) => (
          <li data-phase={p.phase}>
            {PHASE_LABEL[p.phase]}：{p.minWorkingDays === p.maxWorkingDays ? p.maxWorkingDays : `${p.minWorkingDays}～${p.maxWorkingDays}`} 个工作日
            {p.earliest && p.latest && (p.earliest === p.latest ? `，约 ${p.latest}` : `，约 ${p.earliest} 至 ${p.latest}`)}
            <Why reasons={p.reasons} {...why} />
          </li>
        ))}
      </ul>
      {timeline.unknownReason && <p data-testid="timeline-unknown">{timeline.unknownReason}</p>}
      <p class="checker-version" data-testid="rules-version">
        规则版本：{result.rulesVersion}。结果依据公开资料整理，仅供参考，以阿里云和管局的最新要求为准。
      </p>
    </div>
  );
}
