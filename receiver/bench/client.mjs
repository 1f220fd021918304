// A minimal HTTP/1.1 keep-alive client over raw sockets, for the benchmark: one request at a time per connection,
// so N connections are N concurrent clients. Far cheaper per request than fetch, so on a 2-core machine more of the
// CPU goes to the server being measured.
import { connect } from 'node:net';

export class Connection {
  #socket;
  #buffer = Buffer.alloc(0);
  #waiting = null;

  static open(port, host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
      const conn = new Connection();
      conn.#socket = connect({ port, host, noDelay: true }, () => resolve(conn));
      conn.#socket.once('error', reject);
      conn.#socket.on('data', (chunk) => conn.#onData(chunk));
      conn.#socket.on('close', () => conn.#waiting?.reject(new Error('connection closed')));
    });
  }

  /** Sends one request (a prepared Buffer); resolves with {status, headers (raw text), body}. */
  request(raw) {
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#socket.write(raw);
    });
  }

  #onData(chunk) {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
    const end = this.#buffer.indexOf('\r\n\r\n');
    if (end === -1) return;
    const head = this.#buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.#buffer.length < end + 4 + length) return;
    const body = this.#buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.#buffer = this.#buffer.subarray(end + 4 + length);
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting?.resolve({ status: Number(head.slice(9, 12)), head, body });
  }

  close() {
    this.#socket.end();
  }
}

/** A request as bytes. */
export function rawRequest(method, path, headers = {}, body = '') {
  const data = Buffer.from(body);
  let head = `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n`;
  for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
  if (method !== 'GET' && method !== 'HEAD') head += `content-length: ${data.length}\r\n`;
  return Buffer.concat([Buffer.from(`${head}\r\n`), data]);
}

/** p-th percentile (0..100) of sorted numbers. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
