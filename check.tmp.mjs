import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4400/search/');
const res = await p.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(null, { filters: {} });
  const all = await Promise.all(r.results.map((x) => x.data()));
  return all.map((d) => ({ url: d.url, content: d.content }));
});
const glued = [];
for (const { url, content } of res) {
  await p.goto('http://127.0.0.1:4400' + url);
  const inner = await p.evaluate(() => (document.querySelector('[data-pagefind-body]') ?? document.body).innerText);
  const norm = (w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = new Set(inner.split(/\s+/).map(norm));
  const odd = [...new Set(content.split(/\s+/).map(norm).filter((w) => w && !words.has(w)))];
  if (odd.length) glued.push([url, odd.slice(0, 10)]);
}
console.log(res.length, glued.length); const all = new Map(); for (const [u, o] of glued) for (const w of o) all.set(w.replace(/[0-9]+/g,"9").replace(/^[A-Z][a-z]+/,"X"), u); console.log([...all].slice(0,60));
await b.close();
