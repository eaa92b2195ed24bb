// Reads `redocly lint --format=json` from standard input and fails on any error or
// warning: Redocly itself fails on errors only.
let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const report = JSON.parse(input.slice(input.indexOf('{')));
const { errors, warnings } = report.totals;
for (const problem of report.problems) {
  const where = problem.location?.map((location) => location.pointer).join(', ');
  console.error(`redocly ${problem.severity} ${problem.ruleId}: ${problem.message} (${where})`);
}
console.log(`redocly recommended: ${errors} errors, ${warnings} warnings`);
process.exit(errors + warnings === 0 ? 0 : 1);
