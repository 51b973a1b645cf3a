// icp-check: the checker on the command line, a thin shell over src/engine.
// Public contract (keep stable): flags, JSON shape, exit codes (0 ok, 2 bad input).
import { parseArgs } from 'node:util';
import { parseAnswers } from '../src/engine/answers';
import { todayInChina } from '../src/engine/dates';
import { evaluate } from '../src/engine/evaluate';
import { formatResult } from '../src/engine/format';
import { ruleSet } from '../src/engine/rules';

const USAGE =
  '用法：npm run --silent icp-check -- --province <代码或名称> [--date YYYY-MM-DD] [--entity individual|unit] [--local-id yes|no] [--content <类别,类别,…>] [--json]';

function fail(message: string): never {
  process.stderr.write(`icp-check: ${message}\n`);
  process.exit(2);
}

async function main() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        province: { type: 'string' },
        date: { type: 'string' },
        entity: { type: 'string' },
        'local-id': { type: 'string' },
        content: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the unknown or malformed option in its message.
    const msg = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(`无法识别的参数（${msg}）。${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  for (const k of ['province', 'date', 'entity', 'local-id', 'content']) {
    if (values[k] !== undefined && str(k)?.trim() === '') fail(`--${k} 的值为空。${USAGE}`);
  }
  const parsed = parseAnswers(
    { province: str('province'), date: str('date'), entity: str('entity'), localId: str('local-id'), content: str('content') },
    ruleSet,
    { today: todayInChina(), requireProvince: true },
  );
  if (!parsed.ok) {
    const p = parsed.problems[0];
    const flag = { localId: 'local-id' }[p.field] ?? p.field;
    fail(`--${flag}: ${p.message}`);
  }
  const result = await evaluate(parsed.answers, ruleSet);
  if (values.json) {
    const { flow, asOf, province, steps, blockers, materials, preApprovals, timeline, rulesVersion } = result;
    process.stdout.write(`${JSON.stringify({ flow, asOf, province, steps, blockers, materials, preApprovals, timeline, rulesVersion }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatResult(result)}\n`);
  }
}

main().catch((error) => {
  // Anything here is our bug, not the user's input: say so in one line.
  process.stderr.write(`icp-check: 内部错误：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
