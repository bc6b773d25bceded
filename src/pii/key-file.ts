import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBase64Strict } from './envelope';

/** Where a 32-byte secret key comes from: its variable, else (outside production) a file in the data directory. */
export interface SecretKeySource {
  /** The variable's value: base64 of exactly 32 bytes. Takes precedence over the key file. */
  base64Key?: string;
  /** Directory holding the key file outside production. */
  dataDir: string;
  /** In production the key must come from `base64Key`; no file is read or written. */
  production: boolean;
}

/** Which key: the variable and file named in errors, and what the key is for. */
export interface SecretKeySpec {
  variable: string;
  file: string;
  /** Completes "… is required in production when …". */
  requiredWhen: string;
  /** Names the file in errors, e.g. "Local PII master key". */
  label: string;
}

export const SECRET_KEY_BYTES = 32;

function parseKey(text: string): Buffer | undefined {
  const key = decodeBase64Strict(text.trim());
  return key?.length === SECRET_KEY_BYTES ? key : undefined;
}

function readKeyFile(spec: SecretKeySpec, path: string): Buffer {
  const key = parseKey(readFileSync(path, 'utf8'));
  if (key === undefined) throw new Error(`${spec.label} file ${path} is not base64 of ${SECRET_KEY_BYTES} bytes`);
  return key;
}

/**
 * Returns the 32-byte key: from `base64Key` when given; otherwise, outside production, from
 * `<dataDir>/<spec.file>`, creating it (mode 0600) on first use. Error messages name the variable
 * or file, never the key.
 * @throws Error when `base64Key` is not base64 of 32 bytes, when it is missing in production,
 * or when the key file is unreadable or malformed.
 */
export function loadOrCreateSecretKey(spec: SecretKeySpec, source: SecretKeySource): Buffer {
  if (source.base64Key !== undefined) {
    const key = parseKey(source.base64Key);
    if (key === undefined) throw new Error(`${spec.variable} must be base64 of exactly ${SECRET_KEY_BYTES} bytes`);
    return key;
  }
  if (source.production) throw new Error(`${spec.variable} is required in production when ${spec.requiredWhen}`);
  const path = join(source.dataDir, spec.file);
  try {
    return readKeyFile(spec, path);
  } catch (error) {
    if (!isNodeError(error, 'ENOENT')) throw error;
  }
  // The folder keeps the default mode: it also holds the embedded cluster, which a root-started
  // server runs as `postgres`; the key file itself is 0600.
  mkdirSync(source.dataDir, { recursive: true });
  const key = randomBytes(SECRET_KEY_BYTES);
  // Written aside then hard-linked into place: link fails if the file exists, so two processes
  // starting together agree on one key and neither ever reads a half-written file.
  const pending = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(pending, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(pending, path);
    return key;
  } catch (error) {
    if (!isNodeError(error, 'EEXIST')) throw error;
    key.fill(0);
    return readKeyFile(spec, path);
  } finally {
    unlinkSync(pending);
  }
}

// Structural rather than instanceof Error: errors from Node built-ins come from another realm under jest.
function isNodeError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
