import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Format marker so a future key rotation can tell versions apart. */
const VERSION = 'v1';

/**
 * Encrypts confidential personal data at rest (the denouncer's identity: Luật Tố cáo 2018 Art. 9, 47, 56) with
 * AES-256-GCM. Output `v1.<iv>.<tag>.<ciphertext>` in base64url; tampering fails authentication on decrypt.
 * `context` (e.g. the case id) is bound as additional authenticated data, so a ciphertext cannot be moved to another case.
 */
export class IdentityCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('IdentityCipher needs a 32-byte key');
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('Unknown ciphertext format');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
