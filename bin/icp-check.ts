// The icp-check command: a thin shell over src/cli/icp-check.ts (which tests call in-process).
import { run } from '../src/cli/icp-check';
import { ruleSet } from '../src/engine/rules';

run(process.argv.slice(2), ruleSet)
  .then(({ code, stdout, stderr }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
  })
  .catch((error) => {
    // Anything here is our bug, not the user's input: say so in one line.
    process.stderr.write(`icp-check: 内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
