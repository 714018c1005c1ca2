import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const dir = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  const t = readFileSync(dir + '/' + f, 'utf8');
  const fm = parse(t.split(/^---$/m)[1]);
  console.log(`\n## ${fm.verdict.toUpperCase()} [${f}] ${fm.title}`);
  for (const a of fm.appearances) console.log(`   ${a.source.slice(0,3)}#${a.sentence} ${a.stance}/${a.attribution} ${a.speaker ?? '-'}${a.via ? ' via ' + a.via : ''} | ${a.quote.slice(0, 110)}`);
  for (const r of fm.related) console.log(`   -> ${r.relation} ${r.slug}`);
}
