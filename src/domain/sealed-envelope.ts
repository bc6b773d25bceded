/**
 * One encrypted PII bucket as stored (e.g. in a jsonb column). Binary fields are base64.
 * `kid` records which KMS key wrapped the data key; it is advisory and not authenticated,
 * so that re-wrapping data keys under a new KMS key does not force re-sealing every bucket.
 */
export interface SealedEnvelope {
  v: 1;
  kid: string;
  alg: 'AES-256-GCM';
  iv: string;
  tag: string;
  ct: string;
}
