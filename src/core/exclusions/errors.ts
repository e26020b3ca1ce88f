/**
 * An exclusion file that cannot be updated safely (malformed JSON, a broken managed block). The
 * message names the file and says what to do; nothing is written when one is raised.
 */
export class ExclusionFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: not updated, because ${reason}`);
    this.name = 'ExclusionFileError';
  }
}
