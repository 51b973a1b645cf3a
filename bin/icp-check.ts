// The icp-check command: a thin shell over src/cli/icp-check.ts (which tests call in-process).
import { run } from '../src/cli/icp-check';
import { ruleSet } from '../src/engine/rules';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';

run(process.argv.slice(2), ruleSet)
  .then(({ code, stdout, stderr }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
  })
  .catch((error) => {
    // Anything here is our bug, not the user's input: say so in one line.
    const message = error instanceof Error ? error.message : String(error);
    const english = process.argv.some((a, i) => a === '--lang=en' || (a === '--lang' && process.argv[i + 1]?.trim().toLowerCase() === 'en'));
    process.stderr.write(`icp-check: ${(english ? en : zh).cli.internalError(message)}\n`);
    process.exitCode = 1;
  });
