// Dev aid: runs the claim engine on the article paragraphs given as a JSON file [[id, outlet, ...paragraphs], ...]
// and prints every claim with its verdict and appearances.
import { readFileSync } from 'node:fs';
import { buildClaims } from '../src/ingest/pipeline/build-claims.ts';
import { splitArticle } from '../src/ingest/sentences/split-sentences.ts';
import { extractClaims } from '../src/ingest/claims/extract.ts';
const rows = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[][];
const arts = rows.map(([id, outlet, ...ps]) => ({ id: id!, file: `${id}.txt`, title: '', date: null, dateText: null, outlet: outlet ?? null, via: null, byline: null, credits: [], blocks: ps.map((text) => ({ kind: 'paragraph' as const, text })) }));
for (const a of arts) for (const u of extractClaims(splitArticle(a).sentences)) console.log('unit', a.id, u.sentence, u.stance, u.attribution.kind, u.attribution.speaker, '|', u.text, u.denial ? `target=${u.denial.target}` : '', u.negatedEvent ?? '');
for (const c of buildClaims(arts.map((a) => ({ article: a, sentences: splitArticle(a).sentences })))) {
  console.log(`\n${c.engine.verdict} ${c.title}`);
  for (const a of c.appearances) console.log(`   ${a.source}#${a.sentence} ${a.stance}/${a.attribution} ${a.speaker ?? '-'} | ${a.quote.slice(0, 90)}`);
}
