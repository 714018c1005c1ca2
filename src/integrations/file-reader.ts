/** One reused buffer for reading many files in a process with a large heap (see FileReader). */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads files into one buffer, reused. The checks after a build run in Astro's process, whose
 * heap holds the whole built site by then, and a new buffer per file (a gigabyte in all for the
 * 45,000 pages of a 10,000-article site) makes V8 collect that heap over and over: the link check
 * took eight times as long there as on its own. What `read` returns is valid until the next read.
 */
export class FileReader {
  #buffer = Buffer.allocUnsafe(1 << 20);

  read(path: string): Buffer {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(size * 2);
      let length = 0;
      while (length < size) {
        const n = readSync(fd, this.#buffer, length, size - length, length);
        if (n === 0) break;
        length += n;
      }
      return this.#buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
}
