// Type-checks every workspace (each has its own lib/types: the domain sees no Node or DOM globals)
// and the root scripts. Runs the projects one after another: the machine has two cores.
import { spawnSync } from 'node:child_process';

const projects = [
  'packages/domain',
  'packages/importers',
  'packages/contract',
  'packages/db',
  'packages/pdf',
  'packages/spreadsheet',
  'packages/server',
  'packages/web',
  'packages/cli',
  '.',
];
let failed = false;
for (const project of projects) {
  const result = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
    console.error(`typecheck failed in ${project}`);
  }
}
process.exit(failed ? 1 : 0);
