// Dev aid: prints matching features and pairwise similarity for claim texts given as arguments.
import { claimFeatures, learnAliases } from '../src/ingest/matching/features.ts';
import { weightedJaccard } from '../src/ingest/matching/cluster.ts';
import { readdirSync, readFileSync } from 'node:fs';
const corpus = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n').split(/\n|(?<=\.) /);
const aliases = learnAliases(corpus, ['The Washington Post', 'Reuters']);
const texts = process.argv.slice(2);
const fs = texts.map((t) => claimFeatures(t, aliases));
fs.forEach((f, i) => console.log(i, JSON.stringify(f)));
for (let i = 0; i < fs.length; i++) for (let j = i + 1; j < fs.length; j++) console.log(i, j, weightedJaccard(fs[i]!.terms, fs[j]!.terms, () => 1).toFixed(2));
console.log([...aliases.leaderOf]);
