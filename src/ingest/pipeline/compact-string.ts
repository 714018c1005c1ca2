/**
 * Strings read from a cache file are slices of the whole file's text (one decode per file, see
 * packed-file.ts): each points into a large string, often stored two bytes per character because
 * some quote in the file needed it. As keys of maps that are searched hundreds of thousands of
 * times, such slices cost several times what a compact string does (measured: 460 ns against
 * 115 ns per lookup of an article id at 10,000 articles): each comparison reaches into a
 * different large block of the heap. Long-lived keys are therefore copied once.
 */

/**
 * The same string, code unit for code unit, stored on its own and in one byte per character
 * where it can be: V8 keeps a string decoded from UTF-16 in its narrowest form, and the UTF-16
 * round trip keeps even unpaired surrogates.
 */
export function compactCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
