/** The readers: bytes (or, in Node, a file) → `Script`. */
export { sniffFormat, type SniffedFormat } from './read-bytes.js';
export { readScript, readScriptBytes, readScriptBytesIsolated } from './file.js';
