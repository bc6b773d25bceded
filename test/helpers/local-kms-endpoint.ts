import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';

export interface LocalKmsEndpoint {
  /** Base URL to pass as the KMS client's `endpoint`. */
  url: string;
  /** ARN of the one key this endpoint holds. */
  keyId: string;
  /** Every request received, in order, including those refused while down. */
  calls: { target: string }[];
  stop(): Promise<void>;
  /** While down, every request's socket is destroyed, as a network failure would. */
  setDown(down: boolean): void;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

class KmsFault extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

// Kept independent of src/ on purpose: this stands in for a foreign service, and sharing the
// production canonicaliser would hide a disagreement between the two.
function contextAad(context: unknown): Buffer {
  if (context === undefined) return Buffer.alloc(0);
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    throw new KmsFault('ValidationException', 'EncryptionContext must be a map');
  }
  const entries = Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return Buffer.alloc(0);
  return Buffer.from(JSON.stringify(entries), 'utf8');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  response.end(text);
}

/**
 * A minimal AWS KMS speaking the JSON 1.1 protocol on 127.0.0.1, for driving the real
 * `@aws-sdk/client-kms` in tests: `GenerateDataKey` and `Decrypt` with real AES-256-GCM, the
 * encryption context as additional data, and KMS's error shapes on mismatch.
 */
export async function startLocalKmsEndpoint(): Promise<LocalKmsEndpoint> {
  const masterKey = randomBytes(32);
  const keyId = `arn:aws:kms:us-east-1:000000000000:key/${randomUUID()}`;
  const calls: { target: string }[] = [];
  let down = false;

  function assertOwnKey(requested: unknown, faultType: string): void {
    if (requested !== undefined && requested !== keyId) {
      throw new KmsFault(faultType, 'The key id does not match the key that is used for this request');
    }
  }

  function generateDataKey(input: Record<string, unknown>): unknown {
    if (input.KeyId === undefined) throw new KmsFault('ValidationException', 'KeyId is required');
    assertOwnKey(input.KeyId, 'NotFoundException');
    if (input.KeySpec !== 'AES_256') throw new KmsFault('ValidationException', 'Only KeySpec AES_256 is supported');
    const plaintext = randomBytes(32);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
    cipher.setAAD(contextAad(input.EncryptionContext));
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const blob = Buffer.concat([iv, cipher.getAuthTag(), ct]);
    return { KeyId: keyId, Plaintext: plaintext.toString('base64'), CiphertextBlob: blob.toString('base64') };
  }

  function decrypt(input: Record<string, unknown>): unknown {
    assertOwnKey(input.KeyId, 'IncorrectKeyException');
    if (typeof input.CiphertextBlob !== 'string') {
      throw new KmsFault('ValidationException', 'CiphertextBlob is required');
    }
    const blob = Buffer.from(input.CiphertextBlob, 'base64');
    if (blob.length <= IV_BYTES + TAG_BYTES) throw new KmsFault('InvalidCiphertextException', 'Ciphertext too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', masterKey, blob.subarray(0, IV_BYTES));
      decipher.setAAD(contextAad(input.EncryptionContext));
      decipher.setAuthTag(blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plaintext = Buffer.concat([decipher.update(blob.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return { KeyId: keyId, Plaintext: plaintext.toString('base64'), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    } catch {
      throw new KmsFault('InvalidCiphertextException', 'The ciphertext or encryption context is invalid');
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = String(request.headers['x-amz-target'] ?? '');
    calls.push({ target });
    if (down) {
      request.socket.destroy();
      return;
    }
    try {
      if (request.method !== 'POST') throw new KmsFault('UnknownOperationException', 'POST only');
      const body = await readBody(request);
      const parsed: unknown = body.length === 0 ? {} : JSON.parse(body);
      if (typeof parsed !== 'object' || parsed === null) throw new KmsFault('SerializationException', 'Bad body');
      const input = parsed as Record<string, unknown>;
      if (target === 'TrentService.GenerateDataKey') return reply(response, 200, generateDataKey(input));
      if (target === 'TrentService.Decrypt') return reply(response, 200, decrypt(input));
      throw new KmsFault('UnknownOperationException', `Unsupported target ${target}`);
    } catch (error) {
      if (error instanceof KmsFault) return reply(response, 400, { __type: error.type, message: error.message });
      if (error instanceof SyntaxError)
        return reply(response, 400, { __type: 'SerializationException', message: 'Invalid JSON' });
      return reply(response, 500, { __type: 'KMSInternalException', message: 'Internal error' });
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  const port = await listenOnLoopback(server);

  return {
    url: `http://127.0.0.1:${port}`,
    keyId,
    calls,
    setDown(value: boolean): void {
      down = value;
    },
    stop(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
