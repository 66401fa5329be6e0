/**
 * A report's bytes on stdout as they come (a cached report is streamed from its file in
 * pieces), through `io.write`, or gathered for `io.out` when the io has no `write` (tests).
 */
import { CliIo } from './io';

export class Output {
  private readonly gathered: Uint8Array[] = [];
  private last = -1;

  constructor(private readonly io: CliIo) {}

  add(piece: Uint8Array | string): void {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    if (bytes.length === 0) return;
    this.last = bytes[bytes.length - 1];
    if (this.io.write) this.io.write(bytes);
    else this.gathered.push(Buffer.from(bytes)); // a copy: the bytes are lent
  }

  /** Ends the output with a line end, as `io.out` does; an empty output prints nothing. */
  end(): void {
    if (this.last < 0) return;
    if (!this.io.write) this.io.out(Buffer.concat(this.gathered).toString('utf8'));
    else if (this.last !== 0x0a) this.io.write(Buffer.from('\n'));
  }
}
