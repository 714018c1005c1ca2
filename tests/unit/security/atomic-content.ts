/** Deterministic file contents for the atomic-write kill test: header, filler, trailer. */
export function contentFor(round: number, file: number, bytes: number): string {
  const head = `---\nround: ${round}\nfile: ${file}\n---\n\n`;
  const tail = `\nend of round ${round}, file ${file}\n`;
  const unit = `Round ${round} of file ${file}: “simply false information”. `;
  let body = unit.repeat(Math.ceil(bytes / unit.length) + 1);
  body = body.slice(0, Math.max(0, bytes - head.length - tail.length));
  return head + body + tail;
}

/** The round a file's content belongs to, if it is exactly one full version; otherwise null. */
export function roundOf(text: string, file: number, bytes: number): number | null {
  const match = /^---\nround: (\d+)\n/.exec(text);
  if (!match) return null;
  const round = Number(match[1]);
  return text === contentFor(round, file, bytes) ? round : null;
}
