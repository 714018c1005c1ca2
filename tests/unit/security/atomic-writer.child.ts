/**
 * Child process for atomic-write-kill.test.ts: rewrites `count` files in `dir` with
 * `writeFileAtomic`, round after round, until it is killed. Prints `round <n>` after each round.
 * Usage: node atomic-writer.child.ts <dir> <count> <bytes> <first round>
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src/ingest/fs/atomic-write.ts';
import { contentFor } from './atomic-content.ts';

const [dir, countArg, bytesArg, firstArg] = process.argv.slice(2);
if (!dir || !countArg || !bytesArg || !firstArg) {
  throw new Error('usage: atomic-writer.child.ts <dir> <count> <bytes> <first round>');
}
const count = Number(countArg);
const bytes = Number(bytesArg);

for (let round = Number(firstArg); ; round++) {
  for (let i = 0; i < count; i++) writeFileAtomic(join(dir, `claim-${i}.mdx`), contentFor(round, i, bytes));
  process.stdout.write(`round ${round}\n`);
}
