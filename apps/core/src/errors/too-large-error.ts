import { ResourceError } from './resource-error.js';

/** The body exceeded the size limit; the download was aborted, not buffered. */
export class TooLargeError extends ResourceError {
  override readonly name = 'TooLargeError';
  readonly limitBytes: number;

  constructor(attempted: string, url: string, limitBytes: number, announcedBytes?: number) {
    const announced = announcedBytes === undefined ? '' : ` (the server announced ${announcedBytes} bytes)`;
    super(attempted, url, `the body is larger than the ${limitBytes}-byte limit${announced}; download aborted`);
    this.limitBytes = limitBytes;
  }
}
